function writeAdFrame(slot) {
  document.write('<iframe src="/ads/' + encodeURIComponent(slot) + '" width="300" height="250"></iframe>');
  document.write('<script>heap.load("YOUR_APP_ID");<\/script>'); // expect: invalid-app-id
}

writeAdFrame('sidebar');
