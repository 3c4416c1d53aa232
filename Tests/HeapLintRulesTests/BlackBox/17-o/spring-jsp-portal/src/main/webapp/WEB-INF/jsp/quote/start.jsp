<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<!DOCTYPE html>
<html lang="en">
<head>
  <title>Get a quote · Harbor Life</title>
  <%@ include file="/WEB-INF/jsp/layout/head.jsp" %>
</head>
<body class="quote">
  <%@ include file="/WEB-INF/jsp/layout/nav.jsp" %>
  <main>
    <h1>Get a term life quote in 3 minutes</h1>
    <form id="quote-form" action="${ctx}/quote" method="post">
      <input type="hidden" name="${_csrf.parameterName}" value="${_csrf.token}">
      <label>Date of birth <input type="date" name="dob" required></label>
      <label>Coverage
        <select name="coverage">
          <c:forEach items="${coverageOptions}" var="opt">
            <option value="${opt.amount}">${opt.label}</option>
          </c:forEach>
        </select>
      </label>
      <label>Term
        <select name="term"><option>10</option><option selected>20</option><option>30</option></select>
      </label>
      <label><input type="checkbox" name="smoker"> I have used tobacco in the last 12 months</label>
      <button type="submit">See my price</button>
    </form>
  </main>
  <%@ include file="/WEB-INF/jsp/layout/scripts.jsp" %>
  <script type="text/javascript">
    // Quote funnel: tie every step to one Heap user so the funnel report lines up.
    heap.identify("${not empty currentCustomer ? currentCustomer.email : 'quote-visitor'}"); // expect: hardcoded-identity
    heap.track("Quote Started", { channel: "${fn:escapeXml(param.utm_source)}", returning_customer: "${not empty currentCustomer ? 'yes' : 'no'}" });

    $("#quote-form").on("submit", function () {
      var $f = $(this);
      heap.track("Quote Submitted", {
        coverage: Number($f.find("[name=coverage]").val()),
        term_years: Number($f.find("[name=term]").val()),
        smoker: $f.find("[name=smoker]").is(":checked") ? "yes" : "no"
      });
    });
  </script>
</body>
</html>
