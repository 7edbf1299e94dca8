// cop-hostile: a track service that mixes malformed data and protocol faults into plausible
// traffic, to point a console at by hand.

#include "CopVersion.h"
#include "HostileService.h"

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <stdexcept>
#include <string>
#include <string_view>

using namespace cop::hostile;

namespace {

void printUsage()
{
    std::printf(
        "Usage: cop-hostile [options]\n"
        "  --listen HOST:PORT    address to serve on (default 127.0.0.1:50051; port 0 picks one)\n"
        "  --nation US|JP|KR     the nation it claims to be (default JP)\n"
        "  --mode A,B,...        hostile modes to play together, or \"all\" (default none:\n"
        "                        good traffic only)\n"
        "  --rate HZ             ticks a second: good updates and bad messages (default 1)\n"
        "  --good-tracks N       plausible tracks that keep updating (default 3)\n"
        "  --seed N              content seed (default 1)\n"
        "  --heartbeat-ms N      heartbeat period (default 1000)\n"
        "  --flood-rate N        updates a second in mode flood (default 0: as fast as it goes)\n"
        "  --list-modes          the modes and what each plays\n"
        "  --version             the version\n");
}

int fail(const std::string &message)
{
    std::fprintf(stderr, "cop-hostile: %s\n", message.c_str());
    return 2;
}

uint64_t number(const std::string &text)
{
    size_t used = 0;
    const unsigned long long value = std::stoull(text, &used);
    if (used != text.size())
        throw std::invalid_argument(text);
    return value;
}

} // namespace

int main(int argc, char **argv)
{
    const std::map<std::string_view, cop::v1::Nation> nations{
        {"US", cop::v1::NATION_US}, {"JP", cop::v1::NATION_JP}, {"KR", cop::v1::NATION_KR}};
    HostileOptions options;
    options.listen = "127.0.0.1:50051";
    try {
        for (int i = 1; i < argc; ++i) {
            const std::string_view option = argv[i];
            if (option == "--help" || option == "-h") {
                printUsage();
                return 0;
            }
            if (option == "--version" || option == "-v") {
                std::printf("cop-hostile %s\n", COP_VERSION);
                return 0;
            }
            if (option == "--list-modes") {
                for (HostileMode mode : allHostileModes())
                    std::printf("%-24s %s\n", std::string(nameOf(mode)).c_str(),
                                std::string(descriptionOf(mode)).c_str());
                return 0;
            }
            if (i + 1 >= argc)
                return fail("missing value after " + std::string(option));
            const std::string value = argv[++i];
            if (option == "--listen") {
                options.listen = value;
            } else if (option == "--nation") {
                const auto nation = nations.find(value);
                if (nation == nations.end())
                    return fail("unknown nation " + value + " (US, JP or KR)");
                options.nation = nation->second;
            } else if (option == "--mode") {
                std::string unknown;
                const auto modes = parseHostileModes(value, &unknown);
                if (!modes)
                    return fail("unknown mode " + unknown + " (see --list-modes)");
                options.modes = *modes;
            } else if (option == "--rate") {
                options.rateHz = std::stod(value);
            } else if (option == "--good-tracks") {
                options.goodTracks = int(number(value));
            } else if (option == "--seed") {
                options.seed = number(value);
            } else if (option == "--heartbeat-ms") {
                options.heartbeatPeriodMs = uint32_t(number(value));
            } else if (option == "--flood-rate") {
                options.floodPerSecond = number(value);
            } else {
                return fail("unknown option " + std::string(option) + " (see --help)");
            }
        }
    } catch (const std::logic_error &) {
        return fail("a number was expected (see --help)");
    }

    // Blocked before the service starts its threads, so only sigwait() below sees them.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);

    try {
        HostileService service(options);
        const std::string bound =
            options.listen.substr(0, options.listen.rfind(':') + 1) + std::to_string(service.port());
        std::printf("cop-hostile: listening on %s\n", bound.c_str());
        std::fflush(stdout);
        int signal = 0;
        sigwait(&stopSignals, &signal);
        service.stop();
        const HostileCounters counters = service.counters();
        std::printf("cop-hostile: %llu good updates, %llu streams\n",
                    static_cast<unsigned long long>(counters.goodUpdates),
                    static_cast<unsigned long long>(counters.streams));
        for (const auto &[mode, count] : counters.bad)
            std::printf("  %-24s %llu\n", std::string(nameOf(mode)).c_str(),
                        static_cast<unsigned long long>(count));
    } catch (const std::runtime_error &error) {
        return fail(error.what());
    }
    return 0;
}
