<%-- Common scripts, included at the end of <body> by every page. --%>
<script src="${ctx}/static/js/vendor/jquery-3.7.1.min.js"></script>
<script src="${ctx}/static/js/portal-analytics.js"></script>
<script src="${ctx}/static/js/agent-impersonation.js"></script>
