<?php
defined( 'ABSPATH' ) || exit;

/**
 * Server-side events: sent when WooCommerce completes an order (no browser involved).
 */
class HI_Server_Events {

	const ENDPOINT = 'https://heapanalytics.com/api/track';

	public static function order_completed( $order_id ) {
		$order = wc_get_order( $order_id );
		if ( ! $order ) {
			return;
		}
		$customer_id = $order->get_customer_id();
		// Guests have no WordPress user: Heap needs an identity, so skip them.
		if ( ! $customer_id ) {
			return;
		}
		wp_remote_post( self::ENDPOINT, array(
			'timeout' => 5,
			'headers' => array( 'Content-Type' => 'application/json' ),
			'body'    => wp_json_encode( array(
				'app_id'     => get_option( 'heap_insights_app_id' ),
				'identity'   => (string) $customer_id,
				'event'      => 'Order Fulfilled',
				'properties' => array(
					'order_id' => (string) $order_id,
					'total'    => (float) $order->get_total(),
					'items'    => $order->get_item_count(),
				),
			) ),
		) );
	}
}
