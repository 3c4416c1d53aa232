<?php
/**
 * Thank-you page (overrides woocommerce/templates/checkout/thankyou.php).
 *
 * @package Harbor
 * @version 8.1.0
 */

defined( 'ABSPATH' ) || exit;
?>
<div class="woocommerce-order">
	<?php if ( $order ) : ?>
		<?php do_action( 'woocommerce_before_thankyou', $order->get_id() ); ?>

		<?php if ( $order->has_status( 'failed' ) ) : ?>
			<p class="woocommerce-notice woocommerce-notice--error"><?php esc_html_e( 'Unfortunately your order cannot be processed.', 'woocommerce' ); ?></p>
		<?php else : ?>
			<p class="woocommerce-notice woocommerce-notice--success"><?php esc_html_e( 'Thanks! Your order has been received.', 'harbor' ); ?></p>
			<ul class="woocommerce-order-overview">
				<li><?php esc_html_e( 'Order number:', 'woocommerce' ); ?> <strong><?php echo esc_html( $order->get_order_number() ); ?></strong></li>
				<li><?php esc_html_e( 'Total:', 'woocommerce' ); ?> <strong><?php echo wp_kses_post( $order->get_formatted_order_total() ); ?></strong></li>
			</ul>
			<script>
				heap.track('Order Completed', {
					order_id: '<?php echo esc_js( $order->get_order_number() ); ?>',
					total: <?php echo (float) $order->get_total(); ?>,
					currency: '<?php echo esc_js( $order->get_currency() ); ?>',
					items: <?php echo (int) $order->get_item_count(); ?>
				});
				<?php if ( ! $order->get_customer_id() ) : ?>
				// guest checkout: give the buyer an id so the order shows up on a user
				heap.identify('wc-guest-' + Date.now()); // expect: random-identity
				<?php else : ?>
				heap.addUserProperties({ last_order_total: <?php echo (float) $order->get_total(); ?> });
				<?php endif; ?>
			</script>
		<?php endif; ?>

		<?php do_action( 'woocommerce_thankyou', $order->get_id() ); ?>
	<?php else : ?>
		<p class="woocommerce-notice woocommerce-notice--success"><?php esc_html_e( 'Thank you. Your order has been received.', 'woocommerce' ); ?></p>
	<?php endif; ?>
</div>
