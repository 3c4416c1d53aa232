<?php
session_start();
if (empty($_SESSION['user'])) {
    header('Location: /login.php');
    exit;
}
$user = $_SESSION['user'];
?>
<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Member portal</title>
  <script defer src="https://cdn.jsdelivr.net/npm/alpinejs@3.x.x/dist/cdn.min.js"></script>
  <script type="text/javascript">
    window.heap=window.heap||[],heap.load=function(e,t){window.heap.appid=e,window.heap.config=t=t||{};var r=document.createElement("script");r.type="text/javascript",r.async=!0,r.src="https://cdn.heapanalytics.com/js/heap-"+e+".js";var a=document.getElementsByTagName("script")[0];a.parentNode.insertBefore(r,a);for(var n=function(e){return function(){heap.push([e].concat(Array.prototype.slice.call(arguments,0)))}},p=["addEventProperties","addUserProperties","clearEventProperties","identify","resetIdentity","removeEventProperty","setEventProperties","track","unsetEventProperty"],o=0;o<p.length;o++)heap[p[o]]=n(p[o])};
    heap.load("<?= htmlspecialchars(getenv('HEAP_APP_ID')) ?>");
  </script>
</head>
<body x-data x-init="heap.identify('<?= htmlspecialchars($user['email']) ?>')">
  <header>
    <a href="/files/report.pdf" x-on:click="heap.track('Download', { file: 'report.pdf' })">Annual report</a>
    <button type="button" @click="heap.identify(); location.href = '/logout.php'">Sign out</button> <!-- expect: identity-type -->
  </header>
  <section x-data="{ open: false }" x-init="heap.addUserProperties({ prefs: { open: open } })"> <!-- expect: user-property-value -->
    <button @click="open = !open; heap.track('Toggle Details')">Details</button>
    <div x-show="open">Membership level: <?= htmlspecialchars($user['level']) ?></div>
  </section>
  <footer x-data x-init="heap.addUserProperties({ level: '<?= htmlspecialchars($user['level']) ?>' })"></footer>
</body>
</html>
