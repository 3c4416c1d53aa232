<?php
/**
 * Template Name: Webinar landing (standalone)
 *
 * Paid-campaign landing page: no theme header or footer, so it carries its own Heap snippet.
 */
$saltmarsh_campaign = sanitize_key( wp_unslash( $_GET['utm_campaign'] ?? 'direct' ) );
?>
<!DOCTYPE html>
<html <?php language_attributes(); ?>>
<head>
	<meta charset="<?php bloginfo( 'charset' ); ?>">
	<title><?php the_title(); ?></title>
	<script>
		heap.track('Webinar Landing Viewed', { campaign: '<?php echo esc_js( $saltmarsh_campaign ); ?>' }); // expect: call-before-load
	</script>
	<script type="text/javascript">
		window.heap=window.heap||[],heap.load=function(a,c){window.heap.appid=a,window.heap.config=c=c||{};var t=document.createElement("script");t.type="text/javascript",t.async=!0,t.src="https://cdn.heapanalytics.com/js/heap-"+a+".js";var h=document.getElementsByTagName("script")[0];h.parentNode.insertBefore(t,h);for(var q=function(m){return function(){heap.push([m].concat(Array.prototype.slice.call(arguments,0)))}},ms=["addEventProperties","addUserProperties","clearEventProperties","identify","resetIdentity","removeEventProperty","setEventProperties","track","unsetEventProperty"],k=0;k<ms.length;k++)heap[ms[k]]=q(ms[k])};
		heap.load("<?php echo esc_js( SALTMARSH_HEAP_APP_ID ); ?>");
		heap.addEventProperties({ landing: 'webinar', campaign: '<?php echo esc_js( $saltmarsh_campaign ); ?>' });
	</script>
</head>
<body class="landing">
	<main>
		<h1><?php the_title(); ?></h1>
		<?php the_content(); ?>
		<form id="webinar-form">
			<input type="text" name="first_name" placeholder="First name" required>
			<input type="email" name="email" placeholder="Work email" required>
			<button type="submit" onclick="heap.track('Webinar CTA Clicked')">Save my seat</button>
		</form>
	</main>
	<script>
		document.getElementById('webinar-form').addEventListener('submit', function (e) {
			e.preventDefault();
			var data = new FormData(e.target);
			fetch('/wp-json/saltmarsh/v1/webinar', { method: 'POST', body: data }).then(function () {
				heap.identify(String(data.get('email')).toLowerCase());
				heap.addUserProperties({ webinarFirstName: String(data.get('first_name')) });
				heap.track('Webinar Registered');
			});
		});
	</script>
	<!-- Tracking block pasted from the old landing-page builder export -->
	<script type="text/javascript">
		heap.load("<?php echo esc_js( SALTMARSH_HEAP_APP_ID ); ?>"); // expect: duplicate-load
	</script>
</body>
</html>
