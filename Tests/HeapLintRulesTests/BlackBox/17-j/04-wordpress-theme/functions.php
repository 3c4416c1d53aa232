<?php
/**
 * Saltmarsh theme setup.
 */

if ( ! defined( 'SALTMARSH_HEAP_APP_ID' ) ) {
	define( 'SALTMARSH_HEAP_APP_ID', get_option( 'saltmarsh_heap_app_id', '' ) );
}

function saltmarsh_enqueue_assets() {
	$ver = wp_get_theme()->get( 'Version' );

	wp_enqueue_style( 'saltmarsh', get_stylesheet_uri(), array(), $ver );
	wp_enqueue_script( 'saltmarsh-theme', get_template_directory_uri() . '/js/theme.js', array( 'jquery' ), $ver, true );
	wp_enqueue_script( 'saltmarsh-related', get_template_directory_uri() . '/js/related-posts.js', array(), $ver, true );

	if ( get_theme_mod( 'saltmarsh_newsletter_popup', false ) ) {
		wp_enqueue_script( 'saltmarsh-popup', get_template_directory_uri() . '/js/legacy-popup.js', array( 'jquery' ), $ver, true );
	}

	wp_localize_script(
		'saltmarsh-theme',
		'saltmarshData',
		array(
			'ajaxUrl'  => admin_url( 'admin-ajax.php' ),
			'nonce'    => wp_create_nonce( 'saltmarsh_newsletter' ),
			'loggedIn' => is_user_logged_in(),
		)
	);
}
add_action( 'wp_enqueue_scripts', 'saltmarsh_enqueue_assets' );

function saltmarsh_newsletter_signup() {
	check_ajax_referer( 'saltmarsh_newsletter' );
	$email = sanitize_email( wp_unslash( $_POST['email'] ?? '' ) );
	if ( ! is_email( $email ) ) {
		wp_send_json_error( array( 'message' => __( 'Please enter a valid email.', 'saltmarsh' ) ), 400 );
	}
	do_action( 'saltmarsh_newsletter_subscribed', $email );
	wp_send_json_success( array( 'email' => $email ) );
}
add_action( 'wp_ajax_saltmarsh_newsletter', 'saltmarsh_newsletter_signup' );
add_action( 'wp_ajax_nopriv_saltmarsh_newsletter', 'saltmarsh_newsletter_signup' );
