<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<!DOCTYPE html>
<html lang="en">
<head>
  <title>Sign in · Harbor Life</title>
  <%@ include file="/WEB-INF/jsp/layout/head.jsp" %>
</head>
<body class="auth">
  <main>
    <h1>Sign in</h1>
    <c:if test="${param.error != null}"><p class="error">That email and password don't match our records.</p></c:if>
    <form id="login-form" action="${ctx}/api/session" method="post" data-redirect="${ctx}/account">
      <input type="hidden" name="${_csrf.parameterName}" value="${_csrf.token}">
      <label>Email <input type="email" name="email" autocomplete="username" required></label>
      <label>Password <input type="password" name="password" autocomplete="current-password" required></label>
      <button type="submit">Sign in</button>
    </form>
    <p><a href="${ctx}/register">Register your policy</a></p>
  </main>
  <%@ include file="/WEB-INF/jsp/layout/scripts.jsp" %>
  <script src="${ctx}/static/js/login.js"></script>
</body>
</html>
