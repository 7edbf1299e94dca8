#include "AcknowledgementRules.h"

namespace cop::sim {

namespace {

std::optional<std::string> fieldProblem(std::string_view field, std::string_view value,
                                        size_t maxBytes)
{
    if (value.empty())
        return std::string(field) + " is required";
    if (value.size() > maxBytes)
        return std::string(field) + " is " + std::to_string(value.size())
               + " bytes; at most " + std::to_string(maxBytes) + " are accepted";
    if (!isValidUtf8(value))
        return std::string(field) + " is not valid UTF-8";
    return std::nullopt;
}

} // namespace

bool isValidUtf8(std::string_view text)
{
    size_t i = 0;
    while (i < text.size()) {
        const auto lead = static_cast<unsigned char>(text[i]);
        size_t length;
        char32_t min;
        char32_t code;
        if (lead < 0x80) {
            ++i;
            continue;
        } else if ((lead & 0xE0) == 0xC0) {
            length = 2, min = 0x80, code = lead & 0x1F;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3, min = 0x800, code = lead & 0x0F;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4, min = 0x10000, code = lead & 0x07;
        } else {
            return false;
        }
        if (i + length > text.size())
            return false;
        for (size_t k = 1; k < length; ++k) {
            const auto next = static_cast<unsigned char>(text[i + k]);
            if ((next & 0xC0) != 0x80)
                return false;
            code = (code << 6) | (next & 0x3F);
        }
        // Overlong forms, UTF-16 surrogates and code points past Unicode are not UTF-8.
        if (code < min || (code >= 0xD800 && code <= 0xDFFF) || code > 0x10FFFF)
            return false;
        i += length;
    }
    return true;
}

std::optional<std::string>
AcknowledgementRules::problem(const cop::v1::AcknowledgeAlertRequest &request)
{
    if (auto problem = fieldProblem("alert_id", request.alert_id(), kMaxAlertIdBytes))
        return problem;
    if (auto problem = fieldProblem("operator_name", request.operator_name(), kMaxOperatorBytes))
        return problem;
    return fieldProblem("console_id", request.console_id(), kMaxConsoleBytes);
}

} // namespace cop::sim
