<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" %>
<!DOCTYPE html>
<html lang="en">
<head>
  <title>Register · Harbor Life</title>
  <%@ include file="/WEB-INF/jsp/layout/head.jsp" %>
</head>
<body class="auth">
  <main>
    <h1>Register your policy</h1>
    <form id="register-form" action="${ctx}/api/registrations" method="post">
      <input type="hidden" name="${_csrf.parameterName}" value="${_csrf.token}">
      <label>Policy number <input name="policyNumber" pattern="HL-[0-9]{8}" required></label>
      <label>Date of birth <input type="date" name="dob" required></label>
      <label>Email <input type="email" name="email" required></label>
      <label>Password <input type="password" name="password" minlength="12" required></label>
      <button type="submit">Create my login</button>
    </form>
  </main>
  <%@ include file="/WEB-INF/jsp/layout/scripts.jsp" %>
  <script src="${ctx}/static/js/register.js"></script>
</body>
</html>
