//===-- json.cpp - JSON descriptions and pipelines with nlohmann/json -----===//
//
// Split "json" (Debian's nlohmann-json3-dev, built with JSON_NOEXCEPTION:
// without exceptions a failed access aborts, so every value is checked
// before it is read):
//
//   describeJson  the image as a JSON document: size, layout, history and
//                 per-channel statistics with a 16-bin histogram;
//   runPipeline   parses a JSON array of steps such as
//                 [{"op": "blur", "sigma": 2}, "edges", {"op": "report"}]
//                 and runs each through the command dispatcher in main,
//                 which may load further splits (filter, report, ...).
//
//===----------------------------------------------------------------------===//
#include "image.h"

#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>

using namespace imgtool;
using nlohmann::json;

namespace {

double rounded(double V) { return std::round(V * 100) / 100; }

json channelJson(const Image &Img, int C) {
  std::size_t N = static_cast<std::size_t>(Img.Width) * Img.Height;
  std::vector<std::uint64_t> Bins(16, 0);
  double Sum = 0, Sum2 = 0;
  int Min = 255, Max = 0;
  for (std::size_t I = 0; I < N; ++I) {
    int V = Img.Pixels[I * Img.Channels + C];
    ++Bins[V / 16];
    Sum += V;
    Sum2 += double(V) * V;
    Min = V < Min ? V : Min;
    Max = V > Max ? V : Max;
  }
  double Mean = N ? Sum / N : 0;
  double Var = N ? Sum2 / N - Mean * Mean : 0;
  return json{{"name", channelName(Img, C)},
              {"min", N ? Min : 0},
              {"max", N ? Max : 0},
              {"mean", rounded(Mean)},
              {"stddev", rounded(std::sqrt(Var > 0 ? Var : 0))},
              {"histogram", Bins}};
}

/// One pipeline step as a command line word: "blur=2", "edges", ...
bool stepCommand(const json &Step, std::string &Command, std::string &Error) {
  if (Step.is_string()) {
    Command = Step.get<std::string>();
    return true;
  }
  if (!Step.is_object() || !Step.contains("op") || !Step["op"].is_string()) {
    Error = "a step is a string or an object with a string \"op\", not " +
            Step.dump();
    return false;
  }
  Command = Step["op"].get<std::string>();
  static const char *const Parameters[][2] = {
      {"blur", "sigma"}, {"sharpen", "amount"}};
  for (const auto &P : Parameters) {
    if (Command != P[0] || !Step.contains(P[1]))
      continue;
    const json &V = Step[P[1]];
    if (!V.is_number()) {
      Error = std::string("\"") + P[1] + "\" must be a number, not " + V.dump();
      return false;
    }
    char Buf[32];
    std::snprintf(Buf, sizeof Buf, "=%g", V.get<double>());
    Command += Buf;
  }
  if (Command == "pipeline") {
    Error = "a pipeline cannot run a pipeline";
    return false;
  }
  return true;
}

} // namespace

std::string imgtool::describeJson(const Image &Img) {
  std::string Layout;
  for (int C = 0; C < Img.Channels; ++C)
    Layout += channelName(Img, C);
  json Doc = {{"source", Img.Source},
              {"width", Img.Width},
              {"height", Img.Height},
              {"layout", Layout},
              {"history", Img.History},
              {"channels", json::array()}};
  for (int C = 0; C < Img.Channels; ++C)
    Doc["channels"].push_back(channelJson(Img, C));
  return Doc.dump(2) + "\n";
}

bool imgtool::runPipeline(Image &Img, const std::string &Text,
                          std::string &Error) {
  json Steps = json::parse(Text, nullptr, /*allow_exceptions=*/false);
  if (Steps.is_discarded()) {
    Error = "not valid JSON: " + Text;
    return false;
  }
  if (!Steps.is_array()) {
    Error = "expected a JSON array of steps, got " + std::string(Steps.type_name());
    return false;
  }
  std::size_t Index = 0;
  for (const json &Step : Steps) {
    ++Index;
    std::string Command;
    if (!stepCommand(Step, Command, Error)) {
      Error = "step " + std::to_string(Index) + ": " + Error;
      return false;
    }
    if (!runCommand(Img, Command)) {
      Error = "step " + std::to_string(Index) + " (" + Command + ") failed";
      return false;
    }
  }
  return true;
}
