#pragma once

#include "cop/v1/track_service.pb.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace cop::sim {

// What a track service accepts in an acknowledgement. Every console receives each record in
// every snapshot and AlertUpdate of the alert, so one careless or hostile client must not be
// able to grow them: names are bounded, and refused whole rather than cut (a cut name would
// sign for someone else).
struct AcknowledgementRules
{
    // Room for a full name in any script (256 bytes are 64 four-byte characters at worst).
    static constexpr size_t kMaxOperatorBytes = 256;
    // Console ids are short host-like names (as the README's examples: "seoul-1").
    static constexpr size_t kMaxConsoleBytes = 64;
    // Alert ids are the service's own, e.g. "JP-A0001"; anything longer names no alert.
    static constexpr size_t kMaxAlertIdBytes = 128;

    // Why the request must be refused with INVALID_ARGUMENT, or nothing when it is acceptable.
    // The reason never quotes the request, which may be megabytes long.
    static std::optional<std::string> problem(const cop::v1::AcknowledgeAlertRequest &request);
};

bool isValidUtf8(std::string_view text);

} // namespace cop::sim
