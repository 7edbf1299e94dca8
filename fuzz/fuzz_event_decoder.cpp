// Bytes as a track service might send them, through the client's decoder: whatever protobuf
// accepts must decode to a value or be refused with an error, never crash.

#include "EventDecoder.h"
#include "FuzzSupport.h"

#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    cop::fuzz::init(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    cop::v1::PictureEvent message;
    if (!message.ParseFromArray(data, int(size)))
        return -1; // gRPC would have dropped it: not worth keeping in the corpus
    QStringList errors;
    const auto event = cop::decodeEvent(message, cop::fuzz::kCorpusUtcUs, &errors);
    // The decoder's contract: a refused message names its reason, for the operator's log.
    if (!event && errors.isEmpty())
        std::abort();
    return 0;
}
