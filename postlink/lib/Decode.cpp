//===-- Decode.cpp - Find the index operands of a function without relocs -===//
//
// wasm-ld writes relocations for every function that came from an object
// file, but the functions it synthesises itself (the command-export wrapper
// around _start, __wasm_call_ctors, traps for undefined weak functions) have
// none. Their index operands are found by decoding: this walks one function
// body instruction by instruction and emits a Use for each function, type,
// global, table or tag index, exactly as a relocation would have.
//
// The walk knows the immediates of every instruction of the finalised
// proposals LLVM emits (MVP, sign-extension, saturating conversions,
// bulk memory, reference types, multi-value, SIMD and relaxed SIMD, tail
// calls, exception handling, atomics, FP16). Instructions that name passive
// segments or GC types cannot be split and are rejected by name.
//
//===----------------------------------------------------------------------===//

#include "Input.h"
#include "WasmBinary.h"

#include "llvm/ADT/StringExtras.h"

using namespace llvm;

namespace wsplit {
namespace {

class Decoder {
public:
  Decoder(ArrayRef<uint8_t> Body, uint32_t BodyOffset, std::vector<Use> &Out)
      : C(Body, BodyOffset), BodyOffset(BodyOffset), Out(Out) {}
  Error run();

private:
  /// Reads an unsigned LEB index and records it as a Use of Kind.
  void index(UseKind Kind, uint8_t Opcode, Encoding Enc = Encoding::ULEB);
  void blockType(uint8_t Opcode);
  void memarg() {
    uint32_t Align = C.u32();
    if (Align & 0x40) // multi-memory: a memory index follows
      C.u32();
    C.u64();
  }
  void prefixFC(uint32_t Sub);
  void prefixFD(uint32_t Sub);
  void prefixFE(uint32_t Sub);
  void reject(const Twine &What) {
    C.fail(What + " is not supported in a split program");
  }

  Cursor C;
  uint32_t BodyOffset;
  std::vector<Use> &Out;
};

} // namespace

void Decoder::index(UseKind Kind, uint8_t Opcode, Encoding Enc) {
  uint32_t Offset = BodyOffset + C.pos();
  uint32_t Value = Enc == Encoding::SLEB ? uint32_t(C.s33()) : C.u32();
  Out.push_back({Offset, Value, Kind, Enc,
                 uint8_t(BodyOffset + C.pos() - Offset), Opcode});
}

void Decoder::blockType(uint8_t Opcode) {
  // 0x40 (empty) or a value type is one negative byte; a type index is a
  // non-negative s33.
  if (C.remaining() && (*C.ptr() & 0xc0) == 0x40) {
    C.u8();
    return;
  }
  index(UseKind::Type, Opcode, Encoding::SLEB);
}

void Decoder::prefixFC(uint32_t Sub) {
  switch (Sub) {
  case 0: case 1: case 2: case 3: case 4: case 5: case 6: case 7:
    return; // saturating truncations
  case 8: // memory.init
  case 9: // data.drop
    return reject("memory.init / data.drop (passive data segments)");
  case 10: // memory.copy
    C.u32();
    C.u32();
    return;
  case 11: // memory.fill
    C.u32();
    return;
  case 12: // table.init
  case 13: // elem.drop
    return reject("table.init / elem.drop (passive element segments)");
  case 14: // table.copy
    index(UseKind::Table, 0xfc);
    index(UseKind::Table, 0xfc);
    return;
  case 15: case 16: case 17: // table.grow, table.size, table.fill
    index(UseKind::Table, 0xfc);
    return;
  case 0x30: case 0x31: // f32.load_f16, f32.store_f16
    memarg();
    return;
  default:
    C.fail("unknown instruction 0xfc " + Twine(Sub));
  }
}

void Decoder::prefixFD(uint32_t Sub) {
  if (Sub <= 11 || Sub == 92 || Sub == 93) { // loads, stores, load_zero
    memarg();
    return;
  }
  if (Sub == 12 || Sub == 13) { // v128.const, i8x16.shuffle
    C.skip(16);
    return;
  }
  if (Sub >= 21 && Sub <= 34) { // extract_lane / replace_lane
    C.u8();
    return;
  }
  if (Sub >= 84 && Sub <= 91) { // load*_lane / store*_lane
    memarg();
    C.u8();
    return;
  }
  if (Sub == 0x121 || Sub == 0x122) { // f16x8.extract_lane / replace_lane
    C.u8();
    return;
  }
  if (Sub <= 0x13f)
    return; // every other SIMD, relaxed SIMD and FP16 instruction
  C.fail("unknown instruction 0xfd " + Twine(Sub));
}

void Decoder::prefixFE(uint32_t Sub) {
  if (Sub == 3) { // atomic.fence
    C.u8();
    return;
  }
  if (Sub <= 2 || (Sub >= 0x10 && Sub <= 0x4e)) {
    memarg();
    return;
  }
  C.fail("unknown instruction 0xfe " + Twine(Sub));
}

Error Decoder::run() {
  uint32_t Decls = C.u32();
  while (Decls-- && !C.failed()) {
    C.u32();
    C.u8();
  }
  while (!C.atEnd() && !C.failed()) {
    uint8_t Op = C.u8();
    switch (Op) {
    case 0x02: case 0x03: case 0x04: case 0x06: // block loop if try
      blockType(Op);
      break;
    case 0x07: case 0x08: // catch, throw
      index(UseKind::Tag, Op);
      break;
    case 0x09: case 0x0c: case 0x0d: case 0x18: // rethrow br br_if delegate
    case 0x20: case 0x21: case 0x22:            // local.get/set/tee
    case 0xd5: case 0xd6:                       // br_on_null, br_on_non_null
      C.u32();
      break;
    case 0x0e: { // br_table
      uint32_t N = C.u32();
      while (N-- && !C.failed())
        C.u32();
      C.u32();
      break;
    }
    case 0x10: case 0x12: case 0xd2: // call, return_call, ref.func
      index(UseKind::Function, Op);
      break;
    case 0x11: case 0x13: // call_indirect, return_call_indirect
      index(UseKind::Type, Op);
      index(UseKind::Table, Op);
      break;
    case 0x14: case 0x15: // call_ref, return_call_ref
      index(UseKind::Type, Op);
      break;
    case 0x1c: { // select t*
      uint32_t N = C.u32();
      while (N-- && !C.failed())
        C.u8();
      break;
    }
    case 0x1f: { // try_table
      blockType(Op);
      uint32_t N = C.u32();
      while (N-- && !C.failed()) {
        uint8_t Kind = C.u8();
        if (Kind == 0 || Kind == 1)
          index(UseKind::Tag, Op);
        C.u32();
      }
      break;
    }
    case 0x23: case 0x24: // global.get, global.set
      index(UseKind::Global, Op);
      break;
    case 0x25: case 0x26: // table.get, table.set
      index(UseKind::Table, Op);
      break;
    case 0x3f: case 0x40: // memory.size, memory.grow
      C.u32();
      break;
    case 0x41:
      C.s32();
      break;
    case 0x42:
      C.s64();
      break;
    case 0x43:
      C.skip(4);
      break;
    case 0x44:
      C.skip(8);
      break;
    case 0xd0: { // ref.null
      if (C.remaining() && (*C.ptr() & 0xc0) == 0x40)
        C.u8();
      else
        reject("ref.null of a concrete type (typed references)");
      break;
    }
    case 0xfb:
      reject("a GC instruction");
      break;
    case 0xfc:
      prefixFC(C.u32());
      break;
    case 0xfd:
      prefixFD(C.u32());
      break;
    case 0xfe:
      prefixFE(C.u32());
      break;
    default:
      if (Op >= 0x28 && Op <= 0x3e) { // loads and stores
        memarg();
        break;
      }
      // Instructions without immediates: control (unreachable nop else end
      // return throw_ref catch_all drop select), comparisons and arithmetic
      // 0x45-0xc4, ref.is_null, ref.as_non_null, ref.eq.
      if (Op <= 0x01 || Op == 0x05 || Op == 0x0a || Op == 0x0b ||
          Op == 0x0f || Op == 0x19 || Op == 0x1a || Op == 0x1b ||
          (Op >= 0x45 && Op <= 0xc4) || Op == 0xd1 || Op == 0xd3 ||
          Op == 0xd4)
        break;
      C.fail("unknown opcode 0x" + utohexstr(Op, /*LowerCase=*/true));
    }
  }
  return C.takeError();
}

Error decodeUses(ArrayRef<uint8_t> Body, uint32_t BodyOffset,
                 std::vector<Use> &Out) {
  return Decoder(Body, BodyOffset, Out).run();
}

} // namespace wsplit
