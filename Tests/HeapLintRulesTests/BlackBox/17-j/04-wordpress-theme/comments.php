<?php
if ( post_password_required() ) {
	return;
}
$saltmarsh_commenter = wp_get_current_commenter();
?>
<section id="comments" class="comments-area">
	<?php if ( have_comments() ) : ?>
		<h2 class="comments-title">
			<?php printf( esc_html( _n( 'One reply', '%1$s replies', get_comments_number(), 'saltmarsh' ) ), esc_html( number_format_i18n( get_comments_number() ) ) ); ?>
		</h2>
		<ol class="comment-list">
			<?php wp_list_comments( array( 'style' => 'ol', 'short_ping' => true ) ); ?>
		</ol>
	<?php endif; ?>

	<?php comment_form(); ?>
</section>
<script>
	(function () {
		var form = document.getElementById('commentform');
		if (!form) return;
		form.addEventListener('submit', function () {
			heap.identify('<?php echo $saltmarsh_commenter['comment_author_email'] ? esc_js( $saltmarsh_commenter['comment_author_email'] ) : 'reader'; ?>'); // expect: hardcoded-identity
			heap.track('Comment Posted', { postId: <?php echo (int) get_the_ID(); ?> });
		});
	})();
</script>
