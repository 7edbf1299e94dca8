// A scenario file is hand-written protobuf JSON: loading it must give a scenario that passes
// validation or throw a ScenarioError naming the problem, whatever the text.

#include "Scenario.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdlib>
#include <fstream>

namespace {

// The folder the input is loaded from, holding the sensor network file the scenarios in
// resources/ name, so that merging it is fuzzed too.
const QTemporaryDir &scenarioDir()
{
    static const QTemporaryDir dir = [] {
        QTemporaryDir made;
        if (!made.isValid() || !QDir(made.path()).mkdir(QStringLiteral("sensors"))
            || !QFile::copy(QStringLiteral(COP_SCENARIOS "/sensors/allied-network.json"),
                            made.filePath(QStringLiteral("sensors/allied-network.json"))))
            std::abort();
        return made;
    }();
    return dir;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string path = scenarioDir().filePath(QStringLiteral("scenario.json")).toStdString();
    std::ofstream(path, std::ios::binary | std::ios::trunc)
        .write(reinterpret_cast<const char *>(data), std::streamsize(size));
    try {
        const cop::sim::v1::Scenario scenario = cop::sim::loadScenario(path);
        // What loadScenario returns has passed validation; checking it again must agree.
        if (!cop::sim::scenarioProblem(scenario).empty())
            std::abort();
    } catch (const cop::sim::ScenarioError &) {
    }
    return 0;
}
