<!DOCTYPE html>
<html <?php language_attributes(); ?>>
<head>
	<meta charset="<?php bloginfo( 'charset' ); ?>">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<script type="text/javascript">
		window.heap = window.heap || [];
		heap.load = function (appId, opts) {
			window.heap.appid = appId;
			window.heap.config = opts = opts || {};
			var el = document.createElement("script");
			el.type = "text/javascript";
			el.async = true;
			el.src = "https://cdn.heapanalytics.com/js/heap-" + appId + ".js";
			var ref = document.getElementsByTagName("script")[0];
			ref.parentNode.insertBefore(el, ref);
			var wrap = function (fn) {
				return function () {
					heap.push([fn].concat(Array.prototype.slice.call(arguments, 0)));
				};
			};
			var fns = ["addEventProperties", "addUserProperties", "clearEventProperties", "identify", "resetIdentity", "removeEventProperty", "setEventProperties", "track", "unsetEventProperty"];
			for (var n = 0; n < fns.length; n++) heap[fns[n]] = wrap(fns[n]);
		};
<?php if ( 'production' === wp_get_environment_type() ) : ?>
		heap.load("<?php echo esc_js( SALTMARSH_HEAP_APP_ID ); ?>");
<?php else : ?>
		heap.load("3390127745", { disableTextCapture: true });
<?php endif; ?>
		heap.addEventProperties({ postType: "<?php echo esc_js( get_post_type() ?: 'none' ); ?>" });
	</script>
	<?php wp_head(); ?>
</head>
<body <?php body_class(); ?>>
<?php wp_body_open(); ?>
<header class="site-header">
	<a class="site-title" href="<?php echo esc_url( home_url( '/' ) ); ?>"><?php bloginfo( 'name' ); ?></a>
	<?php wp_nav_menu( array( 'theme_location' => 'primary' ) ); ?>
</header>
