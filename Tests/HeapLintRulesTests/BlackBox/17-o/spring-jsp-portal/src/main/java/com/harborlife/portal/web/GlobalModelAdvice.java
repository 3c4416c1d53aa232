package com.harborlife.portal.web;

import com.harborlife.portal.customer.CustomerSummary;
import com.harborlife.portal.customer.CustomerService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Adds what every JSP layout needs: the Heap environment id and the signed-in customer, if any. */
@ControllerAdvice
public class GlobalModelAdvice {

    private final CustomerService customers;
    private final String heapAppId;

    public GlobalModelAdvice(CustomerService customers, @Value("${harbor.heap.app-id}") String heapAppId) {
        this.customers = customers;
        this.heapAppId = heapAppId;
    }

    @ModelAttribute("heapAppId")
    public String heapAppId() {
        return heapAppId;
    }

    @ModelAttribute("currentCustomer")
    public CustomerSummary currentCustomer(Authentication auth) {
        if (auth == null || !auth.isAuthenticated()) {
            return null;
        }
        return customers.summaryFor(auth.getName());
    }
}
