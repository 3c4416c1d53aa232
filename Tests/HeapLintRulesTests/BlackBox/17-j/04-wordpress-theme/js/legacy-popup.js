/* Newsletter popup carried over from the 2019 theme. Shown after 40 seconds on article pages. */
jQuery(function ($) {
  var $popup = $('#saltmarsh-popup');
  if (!$popup.length) return;

  setTimeout(function () {
    $popup.addClass('is-open');
    heap.track('Popup Shown');
  }, 40000);

  $popup.on('submit', 'form', function (e) {
    e.preventDefault();
    var email = $(this).find('input[type=email]').val();
    $.post('/wp-admin/admin-ajax.php', { action: 'saltmarsh_newsletter', email: email });
    heap.identify({ email: email }); // expect: blocklisted-identity
    $popup.removeClass('is-open');
  });
});
