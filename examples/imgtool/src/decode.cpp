//===-- decode.cpp - Reading images with stb_image ------------------------===//
//
// Split "decode": stb_image (Debian's libstb-dev), compiled here, decodes
// PNG, JPEG, BMP, GIF, TGA, PSD, HDR, PIC and PNM from memory. Its decoders
// and their tables are only reachable from decodeImage, so all of them move
// to this split. 16-bit and HDR images are converted to 8 bits.
//
//===----------------------------------------------------------------------===//
#include "image.h"

#define STB_IMAGE_IMPLEMENTATION
#define STBI_NO_STDIO // we decode from memory; no FILE* entry points
#define STBI_FAILURE_USERMSG
#define STBI_MAX_DIMENSIONS 4096
#include <stb/stb_image.h>

bool imgtool::decodeImage(const std::vector<std::uint8_t> &Bytes, Image &Out,
                          std::string &Error) {
  if (Bytes.empty()) {
    Error = "no data";
    return false;
  }
  if (Bytes.size() > 0x7FFFFFFF) {
    Error = "file too large";
    return false;
  }
  int W, H, C;
  stbi_uc *Pixels = stbi_load_from_memory(
      Bytes.data(), static_cast<int>(Bytes.size()), &W, &H, &C, 0);
  if (!Pixels) {
    Error = std::string("cannot decode: ") + stbi_failure_reason();
    return false;
  }
  Out.Width = W;
  Out.Height = H;
  Out.Channels = C;
  Out.Pixels.assign(Pixels, Pixels + static_cast<std::size_t>(W) * H * C);
  Out.History.clear();
  stbi_image_free(Pixels);
  return true;
}
