<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title><?php echo htmlspecialchars($pageTitle) ?> | County Library</title>
  <script type="text/javascript">
    window.heap=window.heap||[],heap.load=function(e,t){window.heap.appid=e,window.heap.config=t=t||{};var r=document.createElement("script");r.type="text/javascript",r.async=!0,r.src="https://cdn.heapanalytics.com/js/heap-"+e+".js";var a=document.getElementsByTagName("script")[0];a.parentNode.insertBefore(r,a);for(var n=function(e){return function(){heap.push([e].concat(Array.prototype.slice.call(arguments,0)))}},p=["addEventProperties","addUserProperties","clearEventProperties","identify","resetIdentity","removeEventProperty","setEventProperties","track","unsetEventProperty"],o=0;o<p.length;o++)heap[p[o]]=n(p[o])};
    heap.load("<?php echo HEAP_APP_ID ?>", { secureCookie: true });
  </script>
<?php if ($patron): ?>
  <script>heap.identify("<?php echo $patron->email ?>");</script>
  <script>heap.addUserProperties({ branch: "<?php echo $patron->branch ?>", card_type: "<?php echo $patron->cardType ?>" });</script>
<?php endif; ?>
  <script src="/js/lib.js"></script>
  <script src="/js/patron.js"></script>
</head>
<body>
<?php echo $content ?>
<?php include __DIR__ . '/footer.php'; ?>
  <!-- tag manager fallback, re-added in 2019 -->
  <script>window.heap && heap.load("<?php echo HEAP_APP_ID ?>");</script> <!-- expect: duplicate-load -->
</body>
</html>
