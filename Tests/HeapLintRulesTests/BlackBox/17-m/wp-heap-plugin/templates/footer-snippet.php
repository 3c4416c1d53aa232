<?php
/**
 * Heap snippet, printed in wp_footer at priority 5 (before the enqueued footer scripts).
 */
defined( 'ABSPATH' ) || exit;

$hi_app_id  = get_option( 'heap_insights_app_id' );
$hi_secure  = is_ssl();
$hi_user    = wp_get_current_user();
$hi_orders  = ( $hi_user->exists() && function_exists( 'wc_get_customer_order_count' ) ) ? wc_get_customer_order_count( $hi_user->ID ) : 0;
?>
<script id="heap-insights">
	window.heap = window.heap || [];
	heap.load = function (appId, config) {
		window.heap.appid = appId;
		window.heap.config = config = config || {};
		var script = document.createElement("script");
		script.type = "text/javascript";
		script.async = true;
		script.src = "https://cdn.heapanalytics.com/js/heap-" + appId + ".js";
		var before = document.getElementsByTagName("script")[0];
		before.parentNode.insertBefore(script, before);
		var wrap = function (fn) {
			return function () { heap.push([fn].concat(Array.prototype.slice.call(arguments, 0))); };
		};
		var fns = ["addEventProperties", "addUserProperties", "clearEventProperties", "identify",
			"resetIdentity", "removeEventProperty", "setEventProperties", "track", "unsetEventProperty"];
		for (var n = 0; n < fns.length; n++) heap[fns[n]] = wrap(fns[n]);
	};
	heap.load("<?php echo esc_js( $hi_app_id ); ?>", { secureCookie: <?php echo $hi_secure ? 'true' : 'false'; ?> });

	heap.addEventProperties({ site: "<?php echo esc_js( get_bloginfo( 'name' ) ); ?>", logged_in: "<?php echo is_user_logged_in() ? 'yes' : 'no'; ?>" });
<?php if ( $hi_user->exists() ) : ?>
	heap.identify("<?php echo esc_js( (string) $hi_user->ID ); ?>");
	heap.addUserProperties({
		roles: "<?php echo esc_js( implode( ',', $hi_user->roles ) ); ?>",
		registered: "<?php echo esc_js( $hi_user->user_registered ); ?>",
		orders: <?php echo (int) $hi_orders; ?>
	});
<?php endif; ?>
<?php if ( is_singular( 'product' ) ) : ?>
	heap.track("Product Viewed", { product_id: "<?php echo esc_js( (string) get_the_ID() ); ?>" });
<?php endif; ?>
</script>
