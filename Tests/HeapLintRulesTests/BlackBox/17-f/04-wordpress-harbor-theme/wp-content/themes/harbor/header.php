<?php
/**
 * The header for the Harbor theme.
 *
 * @package Harbor
 */
?><!doctype html>
<html <?php language_attributes(); ?>>
<head>
	<meta charset="<?php bloginfo( 'charset' ); ?>">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<link rel="profile" href="https://gmpg.org/xfn/11">
	<script>
		// page context for analytics (added for the 2024 content audit)
		heap.addEventProperties({ page_type: '<?php echo esc_js( harbor_page_type() ); ?>' }); // expect: call-before-load
	</script>

	<!-- Heap Analytics (current snippet) -->
	<script type="text/javascript">
		window.heapReadyCb=window.heapReadyCb||[],window.heap=window.heap||[],heap.load=function(e,t){window.heap.envId=e,window.heap.clientConfig=t=t||{},window.heap.clientConfig.shouldFetchServerConfig=!1;var a=document.createElement("script");a.type="text/javascript",a.async=!0,a.src="https://cdn.us.heap-api.com/config/"+e+"/heap_config.js";var r=document.getElementsByTagName("script")[0];r.parentNode.insertBefore(a,r);var n=["init","startTracking","stopTracking","track","resetIdentity","identify","identifyHashed","getSessionId","getUserId","getIdentity","addUserProperties","addEventProperties","removeEventProperty","clearEventProperties","addAccountProperties","addAdapter","addTransformer","addTransformerFn","onReady","addPageviewProperties","removePageviewProperty","clearPageviewProperties","trackPageview"],i=function(e){return function(){var t=Array.prototype.slice.call(arguments,0);window.heapReadyCb.push({name:e,fn:function(){heap[e]&&heap[e].apply(heap,t)}})}};for(var p=0;p<n.length;p++)heap[n[p]]=i(n[p])};
		heap.load("<?php echo esc_js( get_option( 'harbor_heap_app_id' ) ); ?>");
	</script>

	<?php wp_head(); ?>

	<!-- Heap (old snippet, from the 2019 theme) -->
	<script type="text/javascript">
		window.heap=window.heap||[],heap.load=function(e,t){window.heap.appid=e,window.heap.config=t=t||{};var r=document.createElement("script");r.type="text/javascript",r.async=!0,r.src="https://cdn.heapanalytics.com/js/heap-"+e+".js";var a=document.getElementsByTagName("script")[0];a.parentNode.insertBefore(r,a);for(var n=function(e){return function(){heap.push([e].concat(Array.prototype.slice.call(arguments,0)))}},p=["addEventProperties","addUserProperties","clearEventProperties","identify","resetIdentity","removeEventProperty","setEventProperties","track","unsetEventProperty"],o=0;o<p.length;o++)heap[p[o]]=n(p[o])};
		heap.load("2231405590"); // expect: duplicate-load
	</script>

	<?php if ( is_user_logged_in() ) : $harbor_user = wp_get_current_user(); ?>
	<script>
		heap.identify('<?php echo esc_js( $harbor_user->user_email ); ?>');
		heap.addUserProperties({
			wp_roles: '<?php echo esc_js( implode( ',', $harbor_user->roles ) ); ?>',
			member_since: '<?php echo esc_js( mysql2date( 'Y-m-d', $harbor_user->user_registered ) ); ?>'
		});
	</script>
	<?php else : ?>
	<script>
		heap.identify('guest'); // expect: blocklisted-identity
	</script>
	<?php endif; ?>
</head>

<body <?php body_class(); ?>>
<?php wp_body_open(); ?>
<div id="page" class="site">
	<header class="site-header">
		<a class="site-title" href="<?php echo esc_url( home_url( '/' ) ); ?>"><?php bloginfo( 'name' ); ?></a>
		<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><?php esc_html_e( 'Menu', 'harbor' ); ?></button>
		<?php wp_nav_menu( array( 'theme_location' => 'primary', 'menu_id' => 'primary-menu' ) ); ?>
		<?php if ( is_user_logged_in() ) : ?>
			<a class="site-header__logout" href="<?php echo esc_url( wp_logout_url( home_url() ) ); ?>" onclick="window.heap && heap.resetIdentity();"><?php esc_html_e( 'Log out', 'harbor' ); ?></a>
		<?php endif; ?>
	</header>
	<div id="content" class="site-content">
