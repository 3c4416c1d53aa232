<?php
defined( 'ABSPATH' ) || exit;

/**
 * Values the browser scripts need, computed per request.
 */
class HI_Identity {

	public static function browser_config() {
		$user      = wp_get_current_user();
		$logged_in = $user && $user->exists();

		$config = array(
			'siteName'    => get_bloginfo( 'name' ),
			'ajaxUrl'     => admin_url( 'admin-ajax.php' ),
			'isLoggedIn'  => $logged_in,
			'userId'      => $logged_in ? (string) $user->ID : '',
			'emailHash'   => $logged_in ? hash( 'sha256', strtolower( trim( $user->user_email ) ) ) : '',
			'wcSessionId' => self::wc_session_id(),
			'lastOrder'   => self::last_order_summary(),
		);

		return apply_filters( 'heap_insights_browser_config', $config );
	}

	private static function wc_session_id() {
		if ( ! function_exists( 'WC' ) || ! WC()->session ) {
			return '';
		}
		return (string) WC()->session->get_customer_id();
	}

	private static function last_order_summary() {
		if ( ! function_exists( 'is_order_received_page' ) || ! is_order_received_page() ) {
			return null;
		}
		$order_id = absint( get_query_var( 'order-received' ) );
		$order    = $order_id ? wc_get_order( $order_id ) : null;
		if ( ! $order ) {
			return null;
		}
		return array(
			'id'    => $order->get_id(),
			'total' => (float) $order->get_total(),
			'count' => wc_get_customer_order_count( $order->get_customer_id() ),
		);
	}
}
