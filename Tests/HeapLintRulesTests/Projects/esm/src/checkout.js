import { identifyCustomer } from './defaults';

export function onPaid(order) {
  identifyCustomer(order.customerId);
}

export function onCashSale() {
  identifyCustomer(); // expect: hardcoded-identity
}
