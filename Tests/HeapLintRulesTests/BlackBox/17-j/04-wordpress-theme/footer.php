<footer class="site-footer">
	<form id="newsletter-form" class="newsletter">
		<label for="newsletter-email"><?php esc_html_e( 'Get the weekly tide table', 'saltmarsh' ); ?></label>
		<input id="newsletter-email" type="email" name="email" required>
		<button type="submit"><?php esc_html_e( 'Subscribe', 'saltmarsh' ); ?></button>
	</form>
	<p>&copy; <?php echo esc_html( gmdate( 'Y' ) ); ?> <?php bloginfo( 'name' ); ?></p>
</footer>
<?php if ( is_user_logged_in() ) : $saltmarsh_user = wp_get_current_user(); ?>
<script>
	heap.identify("<?php echo esc_js( $saltmarsh_user->user_email ); ?>");
	heap.addUserProperties({
		wpRoles: "<?php echo esc_js( implode( ',', $saltmarsh_user->roles ) ); ?>",
		registered: "<?php echo esc_js( $saltmarsh_user->user_registered ); ?>"
	});
</script>
<?php endif; ?>
<?php wp_footer(); ?>
</body>
</html>
