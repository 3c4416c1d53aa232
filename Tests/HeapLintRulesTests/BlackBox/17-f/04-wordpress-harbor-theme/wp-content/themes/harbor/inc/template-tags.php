<?php
/**
 * Small helpers used by the templates.
 *
 * @package Harbor
 */

function harbor_page_type() {
	if ( is_front_page() ) {
		return 'home';
	}
	if ( function_exists( 'is_product' ) && is_product() ) {
		return 'product';
	}
	if ( is_singular( 'post' ) ) {
		return 'article';
	}
	return is_page() ? 'page' : 'archive';
}
