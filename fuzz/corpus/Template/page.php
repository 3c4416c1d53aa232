<script>heap.identify("<?php echo $user->id; ?>"); <?= $x ?></script>
<?php if ($a): ?><div onclick="f('<?php echo "?>"; ?>')"></div><?php else: ?>x<?php endif; ?>
<?php /* ?> */ // ?> 
<? short ?>
