/* Sunway global namespace - keep ES5, the booking kiosk runs IE11 */
var App = window.App || {};
App.analytics = {};
App.session = App.session || {};
App.session.id = (document.cookie.match(/sw_sid=([^;]+)/) || [])[1];
window.App = App;
