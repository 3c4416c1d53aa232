<?php
/**
 * Thank-you page override: adds Heap purchase tracking.
 *
 * @var WC_Order|false $order
 */
defined( 'ABSPATH' ) || exit;
?>
<div class="woocommerce-order">
	<?php if ( $order && ! $order->has_status( 'failed' ) ) : ?>
		<p class="woocommerce-thankyou-order-received"><?php esc_html_e( 'Thank you. Your order has been received.', 'saltmarsh' ); ?></p>
		<ul class="woocommerce-order-overview">
			<li><?php esc_html_e( 'Order number:', 'saltmarsh' ); ?> <strong><?php echo esc_html( $order->get_order_number() ); ?></strong></li>
			<li><?php esc_html_e( 'Total:', 'saltmarsh' ); ?> <strong><?php echo wp_kses_post( $order->get_formatted_order_total() ); ?></strong></li>
		</ul>
		<script>
			heap.identify('<?php echo esc_js( strtolower( $order->get_billing_email() ) ); ?>');
			heap.addUserProperties({
				lifetimeOrders: <?php echo (int) wc_get_customer_order_count( $order->get_customer_id() ); ?>,
				billingCountry: '<?php echo esc_js( $order->get_billing_country() ); ?>'
			});
			heap.track('Order Completed', {
				orderNumber: '<?php echo esc_js( $order->get_order_number() ); ?>',
				total: <?php echo (float) $order->get_total(); ?>,
				items: <?php echo (int) $order->get_item_count(); ?>
			});
		</script>
	<?php else : ?>
		<p class="woocommerce-notice woocommerce-notice--error"><?php esc_html_e( 'Unfortunately your order cannot be processed.', 'saltmarsh' ); ?></p>
		<script>
			heap.track('Order Failed');
		</script>
	<?php endif; ?>
</div>
