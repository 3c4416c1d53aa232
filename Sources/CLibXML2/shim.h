// libxml2's headers pull in the system ICU headers when libxml2 was built with ICU; those
// clash with the ICU copy inside Foundation when both are imported into one Swift module.
// heaplint never touches the ICU fields of libxml2's encoding structs (only pointers to them),
// so the ICU part of the headers is switched off.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
