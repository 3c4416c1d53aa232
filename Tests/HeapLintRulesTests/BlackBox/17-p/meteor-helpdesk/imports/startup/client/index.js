import './analytics';
import '/imports/ui/pages/login';
import '/imports/ui/pages/ticket_view';
import '/imports/ui/pages/demo';
import '/imports/ui/pages/customer_portal';
import '/imports/ui/widget/visitor-widget';
