<?php
/**
 * Harbor theme setup.
 *
 * @package Harbor
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'HARBOR_VERSION', '2.3.1' );

require_once get_template_directory() . '/inc/template-tags.php';

add_action( 'after_setup_theme', function () {
	add_theme_support( 'title-tag' );
	add_theme_support( 'post-thumbnails' );
	add_theme_support( 'woocommerce' );
	register_nav_menus( array( 'primary' => __( 'Primary menu', 'harbor' ) ) );
} );

add_action( 'wp_enqueue_scripts', function () {
	wp_enqueue_style( 'harbor', get_stylesheet_uri(), array(), HARBOR_VERSION );
	wp_enqueue_script( 'harbor-theme', get_template_directory_uri() . '/assets/js/theme.js', array( 'jquery' ), HARBOR_VERSION, true );

	$user  = wp_get_current_user();
	$level = function_exists( 'pmpro_getMembershipLevelForUser' ) ? pmpro_getMembershipLevelForUser( $user->ID ) : null;

	wp_localize_script( 'harbor-theme', 'harborData', array(
		'ajaxUrl'     => admin_url( 'admin-ajax.php' ),
		'nonce'       => wp_create_nonce( 'harbor_join' ),
		'loggedIn'    => is_user_logged_in(),
		'memberLevel' => $level ? $level->name : '',
		'boatClass'   => get_user_meta( $user->ID, 'harbor_boat_class', true ),
	) );
} );

/**
 * Settings > Harbor: the Heap environment id lives in an option so staging
 * and production can differ.
 */
add_action( 'admin_init', function () {
	register_setting( 'general', 'harbor_heap_app_id', array( 'type' => 'string', 'sanitize_callback' => 'sanitize_text_field' ) );
	add_settings_field( 'harbor_heap_app_id', 'Heap app id', function () {
		printf( '<input name="harbor_heap_app_id" value="%s" class="regular-text">', esc_attr( get_option( 'harbor_heap_app_id' ) ) );
	}, 'general' );
} );

add_action( 'wp_ajax_nopriv_harbor_join', 'harbor_handle_join' );
add_action( 'wp_ajax_harbor_join', 'harbor_handle_join' );

function harbor_handle_join() {
	check_ajax_referer( 'harbor_join' );
	$email = sanitize_email( wp_unslash( $_POST['email'] ?? '' ) );
	if ( ! is_email( $email ) ) {
		wp_send_json_error( array( 'message' => 'Please use a valid email.' ), 422 );
	}
	$user_id = register_new_user( sanitize_user( current( explode( '@', $email ) ) ), $email );
	if ( is_wp_error( $user_id ) ) {
		wp_send_json_error( array( 'message' => $user_id->get_error_message() ), 409 );
	}
	wp_send_json_success( array(
		'user_email' => $email,
		'level'      => sanitize_text_field( wp_unslash( $_POST['level'] ?? 'social' ) ),
	) );
}
