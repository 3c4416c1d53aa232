<%@ page contentType="text/html" %>
<script>
  window.heap = window.heap || [];
  heap.load('${heapId}');
  heap.identify('<%= request.getRemoteUser() %>');
</script>
