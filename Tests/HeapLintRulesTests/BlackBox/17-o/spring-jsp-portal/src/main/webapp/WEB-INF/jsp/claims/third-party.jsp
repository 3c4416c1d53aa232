<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<!DOCTYPE html>
<html lang="en">
<head>
  <title>Report a claim against a Harbor Life policyholder</title>
  <%@ include file="/WEB-INF/jsp/layout/head.jsp" %>
</head>
<body class="claims">
  <main>
    <h1>Third-party claim</h1>
    <p>Use this form if a Harbor Life policyholder was involved in an incident that affected you.</p>
    <form id="claim-form" action="${ctx}/api/claims/third-party" method="post">
      <input type="hidden" name="${_csrf.parameterName}" value="${_csrf.token}">
      <label>Your email <input type="email" id="claimant-email" name="claimantEmail"></label>
      <label>Policy number (if known) <input name="policyNumber"></label>
      <label>Type of claim
        <select name="claimType">
          <c:forEach items="${claimTypes}" var="t"><option value="${t.code}">${t.label}</option></c:forEach>
        </select>
      </label>
      <label>What happened? <textarea name="description" required></textarea></label>
      <button type="submit">Send claim</button>
    </form>
  </main>
  <%@ include file="/WEB-INF/jsp/layout/scripts.jsp" %>
  <script src="${ctx}/static/js/claims.js"></script>
</body>
</html>
