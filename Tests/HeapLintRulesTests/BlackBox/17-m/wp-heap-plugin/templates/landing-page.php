<?php
/**
 * Template for campaign landing pages: no theme header or footer, so the snippet is inline.
 */
defined( 'ABSPATH' ) || exit;
$hi_campaign = sanitize_key( get_post_meta( get_the_ID(), '_hi_campaign', true ) );
?><!doctype html>
<html <?php language_attributes(); ?>>
<head>
	<meta charset="<?php bloginfo( 'charset' ); ?>">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<title><?php the_title(); ?></title>
	<?php wp_head(); ?>
	<script>
		heap.track("Landing Viewed", { campaign: "<?php echo esc_js( $hi_campaign ); ?>" }); // expect: call-before-load
	</script>
</head>
<body <?php body_class( 'hi-landing' ); ?>>
	<?php while ( have_posts() ) : the_post(); ?>
		<main class="hi-landing__content">
			<h1><?php the_title(); ?></h1>
			<?php the_content(); ?>
			<a class="hi-cta" href="<?php echo esc_url( wc_get_page_permalink( 'shop' ) ); ?>"
			   onclick="heap.track('Landing CTA Clicked', { campaign: '<?php echo esc_js( $hi_campaign ); ?>' })">Shop now</a>
		</main>
	<?php endwhile; ?>

	<script>
		window.heap = window.heap || [];
		heap.load = function (e, t) {
			window.heap.appid = e, window.heap.config = t = t || {};
			var r = document.createElement("script");
			r.type = "text/javascript", r.async = !0, r.src = "https://cdn.heapanalytics.com/js/heap-" + e + ".js";
			var a = document.getElementsByTagName("script")[0];
			a.parentNode.insertBefore(r, a);
			for (var n = function (e) { return function () { heap.push([e].concat(Array.prototype.slice.call(arguments, 0))); }; },
				p = ["addEventProperties", "addUserProperties", "clearEventProperties", "identify", "resetIdentity",
					"removeEventProperty", "setEventProperties", "track", "unsetEventProperty"], o = 0; o < p.length; o++) heap[p[o]] = n(p[o]);
		};
		heap.load("YOUR_APP_ID"); // expect: invalid-app-id
	</script>
</body>
</html>
