<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<header class="portal-header">
  <a class="logo" href="${ctx}/">Harbor Life</a>
  <nav>
    <a href="${ctx}/policies">Policies</a>
    <a href="${ctx}/claims">Claims</a>
    <a href="${ctx}/billing">Billing</a>
    <a href="${ctx}/quote/start" onclick="heap.track('Quote CTA Clicked', { from: 'nav' })">Get a quote</a>
  </nav>
  <c:choose>
    <c:when test="${not empty currentCustomer}">
      <form action="${ctx}/logout" method="post" class="signout" onsubmit="heap.resetIdentity()">
        <input type="hidden" name="${_csrf.parameterName}" value="${_csrf.token}">
        <button type="submit">Sign out ${currentCustomer.firstName}</button>
      </form>
    </c:when>
    <c:otherwise>
      <a class="signin" href="${ctx}/login">Sign in</a>
    </c:otherwise>
  </c:choose>
</header>
