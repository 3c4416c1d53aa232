<?php get_header(); ?>
<main id="primary" class="site-main">
	<?php while ( have_posts() ) : the_post(); ?>
		<article id="post-<?php the_ID(); ?>" <?php post_class(); ?>>
			<h1><?php the_title(); ?></h1>
			<?php the_content(); ?>
			<div id="related-posts" data-current="<?php echo esc_attr( wp_json_encode( array( 'id' => get_the_ID(), 'tags' => wp_get_post_tags( get_the_ID(), array( 'fields' => 'slugs' ) ) ) ) ); ?>"></div>
			<button class="share" onclick="navigator.share && navigator.share({ url: location.href }); heap.track('Article Shared');">Share</button>
		</article>
		<?php comments_template(); ?>
	<?php endwhile; ?>
</main>
<?php get_footer(); ?>
