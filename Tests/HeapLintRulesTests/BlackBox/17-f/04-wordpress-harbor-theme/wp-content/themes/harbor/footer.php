<?php
/**
 * The footer for the Harbor theme.
 *
 * @package Harbor
 */
?>
	</div><!-- #content -->
	<footer class="site-footer">
		<p>&copy; <?php echo esc_html( gmdate( 'Y' ) ); ?> Harbor Rowing Club &middot; Pier 4, Lake Merritt</p>
		<a href="<?php echo esc_url( home_url( '/join' ) ); ?>" class="button js-join-cta" data-cta="footer"><?php esc_html_e( 'Become a member', 'harbor' ); ?></a>
	</footer>
</div><!-- #page -->
<?php wp_footer(); ?>
</body>
</html>
