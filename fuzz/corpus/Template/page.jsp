<%@ page contentType="text/html" %><%-- comment --%><script>heap.identify('<%= user.getId() %>');<% if (a) { %>t()<% } %></script>
<c:if test="${a}"><div onclick="f('${user.id}')"></div></c:if>
