<?php $id = $user->id; ?>
<script>
  window.heap = window.heap || [];
  heap.load("<?php echo HEAP_APP_ID; ?>");
  <?php if ($user): ?>
    heap.identify("<?php echo $id; ?>");
  <?php else: ?>
    heap.identify("not_authenticated"); // expect: blocklisted-identity
  <?php endif; ?>
  heap.addUserProperties({ role: "<?= $role ?>" });
</script>
