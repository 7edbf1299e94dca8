#include "ProtobufLogLimit.h"

#include <google/protobuf/stubs/logging.h>

#include <chrono>
#include <cstdio>
#include <mutex>

namespace cop {

namespace {

const char *levelName(google::protobuf::LogLevel level)
{
    switch (level) {
    case google::protobuf::LOGLEVEL_INFO:
        return "INFO";
    case google::protobuf::LOGLEVEL_WARNING:
        return "WARNING";
    case google::protobuf::LOGLEVEL_ERROR:
        return "ERROR";
    case google::protobuf::LOGLEVEL_FATAL:
        return "FATAL";
    }
    return "?";
}

void limitedHandler(google::protobuf::LogLevel level, const char *filename, int line, const std::string &message)
{
    using Clock = std::chrono::steady_clock;
    static std::mutex mutex;
    static Clock::time_point windowStart = Clock::now();
    static int logged = 0;
    static long long suppressed = 0;

    std::lock_guard lock(mutex);
    const Clock::time_point now = Clock::now();
    if (now - windowStart >= std::chrono::seconds(protobufLog::kWindowS)) {
        if (suppressed > 0)
            std::fprintf(stderr, "[libprotobuf] %lld more messages in the last minute not logged\n", suppressed);
        windowStart = now;
        logged = 0;
        suppressed = 0;
    }
    if (level != google::protobuf::LOGLEVEL_FATAL && logged >= protobufLog::kBurst) {
        ++suppressed;
        return;
    }
    ++logged;
    std::fprintf(stderr, "[libprotobuf %s %s:%d] %s\n", levelName(level), filename, line, message.c_str());
}

} // namespace

void limitProtobufLog()
{
    google::protobuf::SetLogHandler(&limitedHandler);
}

} // namespace cop
