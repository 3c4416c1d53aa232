<?php
/**
 * Template Name: Regatta landing
 *
 * @package Harbor
 */

get_header();
$harbor_regatta_date = get_post_meta( get_the_ID(), 'regatta_date', true );
?>
<main class="regatta">
	<?php while ( have_posts() ) : the_post(); ?>
		<h1><?php the_title(); ?></h1>
		<p class="regatta__date"><?php echo esc_html( $harbor_regatta_date ); ?></p>
		<?php the_content(); ?>
		<a class="button" href="#register" onclick="if (window.heap) { heap.track('Regatta Register Clicked', { regatta: '<?php echo esc_js( get_post_field( 'post_name' ) ); ?>' }); }">
			<?php esc_html_e( 'Register a crew', 'harbor' ); ?>
		</a>
	<?php endwhile; ?>
</main>
<script>
	document.addEventListener('DOMContentLoaded', function () {
		if (window.heap) {
			heap.addEventProperties({ regatta_date: '<?php echo esc_js( $harbor_regatta_date ); ?>' });
		}
	});
</script>
<?php
get_footer();
