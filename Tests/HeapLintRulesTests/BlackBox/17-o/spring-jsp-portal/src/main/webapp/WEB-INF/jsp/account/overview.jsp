<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<!DOCTYPE html>
<html lang="en">
<head>
  <title>My account · Harbor Life</title>
  <%@ include file="/WEB-INF/jsp/layout/head.jsp" %>
</head>
<body class="account">
  <%@ include file="/WEB-INF/jsp/layout/nav.jsp" %>
  <main>
    <h1>Hello, ${fn:escapeXml(currentCustomer.firstName)}</h1>
    <section class="policies">
      <h2>Your policies</h2>
      <table class="policy-table">
        <thead><tr><th>Policy</th><th>Type</th><th>Coverage</th><th>Next premium</th></tr></thead>
        <tbody>
          <c:forEach items="${policies}" var="p">
            <tr data-policy="${p.number}">
              <td>${p.number}</td>
              <td>${p.productName}</td>
              <td><fmt:formatNumber value="${p.coverage}" type="currency" currencyCode="USD"/></td>
              <td><fmt:formatDate value="${p.nextPremiumDate}" pattern="MMM d, yyyy"/></td>
            </tr>
          </c:forEach>
        </tbody>
      </table>
    </section>
    <section class="household" data-household-url="${ctx}/api/household"></section>
  </main>
  <%@ include file="/WEB-INF/jsp/layout/scripts.jsp" %>
  <script src="${ctx}/static/js/account.js"></script>
  <script src="${ctx}/static/js/premium-reminders.js"></script>
  <script type="text/javascript">
    Portal.analytics.track("Account Overview Viewed", {
      policies: ${fn:length(policies)},
      autopay: "${currentCustomer.autopayEnabled ? 'on' : 'off'}"
    });
    window.zESettings = { webWidget: { authenticate: { jwt: "${zendeskJwt}" } } };
  </script>
</body>
</html>
