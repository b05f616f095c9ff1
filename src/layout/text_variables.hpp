#pragma once
// {name} placeholders in layout text: {title}, {subtitle}, {source}, {date}, {crs} come from
// the project; {scale} is the main map frame's representative fraction; {page_name},
// {page_number} and {page_count} name an atlas page (a single map is page 1 of 1);
// {field:NAME} is the atlas page feature's attribute NAME (a village's failing items);
// {name|text} prints `text` when the value is empty. "{{" and "}}" print a literal brace.
#include <map>
#include <string>
#include <vector>

namespace ruralatlas::layout {

using TextVariables = std::map<std::string, std::string>;

/// The names a layout text may use.
const std::vector<std::string>& known_text_variables();

/// {name} → value from `variables`; a name with no value is left as written.
std::string substitute_variables(const std::string& text, const TextVariables& variables);

/// Names used in `text`, in order of appearance ("{titel}" → "titel", "{subtitle|无}" → "subtitle").
std::vector<std::string> variables_in(const std::string& text);

}  // namespace ruralatlas::layout
