<?php
/**
 * Plugin Name: Heap Insights for WooCommerce
 * Description: Heap Analytics snippet, customer identity and order events.
 * Version:     1.4.2
 * Author:      Northwind Studio
 * Text Domain: heap-insights
 */

defined( 'ABSPATH' ) || exit;

define( 'HEAP_INSIGHTS_VERSION', '1.4.2' );
define( 'HEAP_INSIGHTS_DIR', plugin_dir_path( __FILE__ ) );
define( 'HEAP_INSIGHTS_URL', plugin_dir_url( __FILE__ ) );

require_once HEAP_INSIGHTS_DIR . 'includes/class-hi-identity.php';
require_once HEAP_INSIGHTS_DIR . 'includes/class-hi-server-events.php';

add_action( 'wp_footer', 'heap_insights_print_snippet', 5 );
function heap_insights_print_snippet() {
	if ( is_admin() || ! get_option( 'heap_insights_app_id' ) ) {
		return;
	}
	include HEAP_INSIGHTS_DIR . 'templates/footer-snippet.php';
}

add_action( 'wp_enqueue_scripts', 'heap_insights_enqueue' );
function heap_insights_enqueue() {
	$deps = array( 'jquery' );
	wp_enqueue_script( 'hi-events', HEAP_INSIGHTS_URL . 'js/heap-events.js', $deps, HEAP_INSIGHTS_VERSION, true );
	wp_enqueue_script( 'hi-identity', HEAP_INSIGHTS_URL . 'js/identity.js', $deps, HEAP_INSIGHTS_VERSION, true );

	if ( function_exists( 'is_checkout' ) && is_checkout() ) {
		wp_enqueue_script( 'hi-checkout', HEAP_INSIGHTS_URL . 'js/checkout.js', $deps, HEAP_INSIGHTS_VERSION, true );
	}
	if ( function_exists( 'is_account_page' ) && is_account_page() ) {
		wp_enqueue_script( 'hi-account', HEAP_INSIGHTS_URL . 'js/account.js', $deps, HEAP_INSIGHTS_VERSION, true );
	}
	if ( is_page( 'request-a-quote' ) ) {
		wp_enqueue_script( 'hi-quote', HEAP_INSIGHTS_URL . 'js/quote-request.js', $deps, HEAP_INSIGHTS_VERSION, true );
	}

	wp_localize_script( 'hi-events', 'HeapInsights', HI_Identity::browser_config() );
}

add_action( 'admin_enqueue_scripts', function ( $hook ) {
	if ( 'settings_page_heap-insights' !== $hook ) {
		return;
	}
	wp_enqueue_script( 'hi-admin', HEAP_INSIGHTS_URL . 'js/admin-settings.js', array( 'jquery' ), HEAP_INSIGHTS_VERSION, true );
	wp_localize_script( 'hi-admin', 'HeapInsightsAdmin', array(
		'nonce'   => wp_create_nonce( 'heap_insights_admin' ),
		'ajaxUrl' => admin_url( 'admin-ajax.php' ),
	) );
} );

add_filter( 'theme_page_templates', function ( $templates ) {
	$templates['heap-insights-landing'] = __( 'Campaign landing (Heap Insights)', 'heap-insights' );
	return $templates;
} );

add_filter( 'template_include', function ( $template ) {
	if ( is_page() && 'heap-insights-landing' === get_page_template_slug() ) {
		return HEAP_INSIGHTS_DIR . 'templates/landing-page.php';
	}
	return $template;
} );

add_action( 'woocommerce_order_status_completed', array( 'HI_Server_Events', 'order_completed' ) );
