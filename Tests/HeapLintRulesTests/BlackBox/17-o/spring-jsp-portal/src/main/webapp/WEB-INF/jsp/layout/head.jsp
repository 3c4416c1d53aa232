<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<c:set var="ctx" value="${pageContext.request.contextPath}" />
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="_csrf" content="${_csrf.token}">
<link rel="stylesheet" href="${ctx}/static/css/portal.css">
<script type="text/javascript">
  window.heapReadyCb=window.heapReadyCb||[],window.heap=window.heap||[],heap.load=function(e,t){window.heap.envId=e,window.heap.clientConfig=t=t||{},window.heap.clientConfig.shouldFetchServerConfig=!1;var a=document.createElement("script");a.type="text/javascript",a.async=!0,a.src="https://cdn.us.heap-api.com/config/"+e+"/heap_config.js";var r=document.getElementsByTagName("script")[0];r.parentNode.insertBefore(a,r);var n=["init","startTracking","stopTracking","track","resetIdentity","identify","identifyHashed","getSessionId","getUserId","getIdentity","addUserProperties","addEventProperties","removeEventProperty","clearEventProperties","addAccountProperties","addAdapter","addTransformer","addTransformerFn","onReady","addPageviewProperties","removePageviewProperty","clearPageviewProperties","trackPageview"],i=function(e){return function(){var t=Array.prototype.slice.call(arguments,0);window.heapReadyCb.push({name:e,fn:function(){heap[e]&&heap[e].apply(heap,t)}})}};for(var p=0;p<n.length;p++)heap[n[p]]=i(n[p])};
  heap.load("${heapAppId}", { secureCookie: true, disableTextCapture: true });
</script>
<c:if test="${not empty currentCustomer}">
<script type="text/javascript">
  heap.identify("${fn:escapeXml(currentCustomer.email)}");
  heap.addUserProperties({
    customer_since: "${currentCustomer.customerSinceYear}",
    open_policies: ${currentCustomer.openPolicyCount},
    home_state: "${fn:escapeXml(currentCustomer.state)}",
    paperless: "${currentCustomer.paperless ? 'yes' : 'no'}"
  });
</script>
</c:if>
<c:if test="${impersonating}">
<script type="text/javascript">
  heap.addEventProperties({ agent_session: "yes", agent_id: "${fn:escapeXml(agent.employeeId)}" });
</script>
</c:if>
