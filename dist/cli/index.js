#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3313:
/***/ ((module) => {

module.exports = Pend;

function Pend() {
  this.pending = 0;
  this.max = Infinity;
  this.listeners = [];
  this.waiting = [];
  this.error = null;
}

Pend.prototype.go = function(fn) {
  if (this.pending < this.max) {
    pendGo(this, fn);
  } else {
    this.waiting.push(fn);
  }
};

Pend.prototype.wait = function(cb) {
  if (this.pending === 0) {
    cb(this.error);
  } else {
    this.listeners.push(cb);
  }
};

Pend.prototype.hold = function() {
  return pendHold(this);
};

function pendHold(self) {
  self.pending += 1;
  var called = false;
  return onCb;
  function onCb(err) {
    if (called) throw new Error("callback called twice");
    called = true;
    self.error = self.error || err;
    self.pending -= 1;
    if (self.waiting.length > 0 && self.pending < self.max) {
      pendGo(self, self.waiting.shift());
    } else if (self.pending === 0) {
      var listeners = self.listeners;
      self.listeners = [];
      listeners.forEach(cbListener);
    }
  }
  function cbListener(listener) {
    listener(self.error);
  }
}

function pendGo(self, fn) {
  fn(pendHold(self));
}


/***/ }),

/***/ 4248:
/***/ ((module) => {

// Adapted from https://github.com/brianloveswords/buffer-crc32/blob/v0.2.13/index.js
const CRC_TABLE = new Int32Array([
  0x00000000, 0x77073096, 0xee0e612c, 0x990951ba, 0x076dc419, 0x706af48f, 0xe963a535, 0x9e6495a3,
  0x0edb8832, 0x79dcb8a4, 0xe0d5e91e, 0x97d2d988, 0x09b64c2b, 0x7eb17cbd, 0xe7b82d07, 0x90bf1d91,
  0x1db71064, 0x6ab020f2, 0xf3b97148, 0x84be41de, 0x1adad47d, 0x6ddde4eb, 0xf4d4b551, 0x83d385c7,
  0x136c9856, 0x646ba8c0, 0xfd62f97a, 0x8a65c9ec, 0x14015c4f, 0x63066cd9, 0xfa0f3d63, 0x8d080df5,
  0x3b6e20c8, 0x4c69105e, 0xd56041e4, 0xa2677172, 0x3c03e4d1, 0x4b04d447, 0xd20d85fd, 0xa50ab56b,
  0x35b5a8fa, 0x42b2986c, 0xdbbbc9d6, 0xacbcf940, 0x32d86ce3, 0x45df5c75, 0xdcd60dcf, 0xabd13d59,
  0x26d930ac, 0x51de003a, 0xc8d75180, 0xbfd06116, 0x21b4f4b5, 0x56b3c423, 0xcfba9599, 0xb8bda50f,
  0x2802b89e, 0x5f058808, 0xc60cd9b2, 0xb10be924, 0x2f6f7c87, 0x58684c11, 0xc1611dab, 0xb6662d3d,
  0x76dc4190, 0x01db7106, 0x98d220bc, 0xefd5102a, 0x71b18589, 0x06b6b51f, 0x9fbfe4a5, 0xe8b8d433,
  0x7807c9a2, 0x0f00f934, 0x9609a88e, 0xe10e9818, 0x7f6a0dbb, 0x086d3d2d, 0x91646c97, 0xe6635c01,
  0x6b6b51f4, 0x1c6c6162, 0x856530d8, 0xf262004e, 0x6c0695ed, 0x1b01a57b, 0x8208f4c1, 0xf50fc457,
  0x65b0d9c6, 0x12b7e950, 0x8bbeb8ea, 0xfcb9887c, 0x62dd1ddf, 0x15da2d49, 0x8cd37cf3, 0xfbd44c65,
  0x4db26158, 0x3ab551ce, 0xa3bc0074, 0xd4bb30e2, 0x4adfa541, 0x3dd895d7, 0xa4d1c46d, 0xd3d6f4fb,
  0x4369e96a, 0x346ed9fc, 0xad678846, 0xda60b8d0, 0x44042d73, 0x33031de5, 0xaa0a4c5f, 0xdd0d7cc9,
  0x5005713c, 0x270241aa, 0xbe0b1010, 0xc90c2086, 0x5768b525, 0x206f85b3, 0xb966d409, 0xce61e49f,
  0x5edef90e, 0x29d9c998, 0xb0d09822, 0xc7d7a8b4, 0x59b33d17, 0x2eb40d81, 0xb7bd5c3b, 0xc0ba6cad,
  0xedb88320, 0x9abfb3b6, 0x03b6e20c, 0x74b1d29a, 0xead54739, 0x9dd277af, 0x04db2615, 0x73dc1683,
  0xe3630b12, 0x94643b84, 0x0d6d6a3e, 0x7a6a5aa8, 0xe40ecf0b, 0x9309ff9d, 0x0a00ae27, 0x7d079eb1,
  0xf00f9344, 0x8708a3d2, 0x1e01f268, 0x6906c2fe, 0xf762575d, 0x806567cb, 0x196c3671, 0x6e6b06e7,
  0xfed41b76, 0x89d32be0, 0x10da7a5a, 0x67dd4acc, 0xf9b9df6f, 0x8ebeeff9, 0x17b7be43, 0x60b08ed5,
  0xd6d6a3e8, 0xa1d1937e, 0x38d8c2c4, 0x4fdff252, 0xd1bb67f1, 0xa6bc5767, 0x3fb506dd, 0x48b2364b,
  0xd80d2bda, 0xaf0a1b4c, 0x36034af6, 0x41047a60, 0xdf60efc3, 0xa867df55, 0x316e8eef, 0x4669be79,
  0xcb61b38c, 0xbc66831a, 0x256fd2a0, 0x5268e236, 0xcc0c7795, 0xbb0b4703, 0x220216b9, 0x5505262f,
  0xc5ba3bbe, 0xb2bd0b28, 0x2bb45a92, 0x5cb36a04, 0xc2d7ffa7, 0xb5d0cf31, 0x2cd99e8b, 0x5bdeae1d,
  0x9b64c2b0, 0xec63f226, 0x756aa39c, 0x026d930a, 0x9c0906a9, 0xeb0e363f, 0x72076785, 0x05005713,
  0x95bf4a82, 0xe2b87a14, 0x7bb12bae, 0x0cb61b38, 0x92d28e9b, 0xe5d5be0d, 0x7cdcefb7, 0x0bdbdf21,
  0x86d3d2d4, 0xf1d4e242, 0x68ddb3f8, 0x1fda836e, 0x81be16cd, 0xf6b9265b, 0x6fb077e1, 0x18b74777,
  0x88085ae6, 0xff0f6a70, 0x66063bca, 0x11010b5c, 0x8f659eff, 0xf862ae69, 0x616bffd3, 0x166ccf45,
  0xa00ae278, 0xd70dd2ee, 0x4e048354, 0x3903b3c2, 0xa7672661, 0xd06016f7, 0x4969474d, 0x3e6e77db,
  0xaed16a4a, 0xd9d65adc, 0x40df0b66, 0x37d83bf0, 0xa9bcae53, 0xdebb9ec5, 0x47b2cf7f, 0x30b5ffe9,
  0xbdbdf21c, 0xcabac28a, 0x53b39330, 0x24b4a3a6, 0xbad03605, 0xcdd70693, 0x54de5729, 0x23d967bf,
  0xb3667a2e, 0xc4614ab8, 0x5d681b02, 0x2a6f2b94, 0xb40bbe37, 0xc30c8ea1, 0x5a05df1b, 0x2d02ef8d,
]);

function crc32(buf) {
  let crc = -1;
  for (let x of buf) {
    crc = CRC_TABLE[(crc ^ x) & 0xff] ^ (crc >>> 8);
  }
  return (crc ^ -1) >>> 0;
}

module.exports = crc32;


/***/ }),

/***/ 3502:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

// This was adapted from https://github.com/andrewrk/node-fd-slicer by Andrew Kelley under the MIT License.
var fs = __nccwpck_require__(9896);
var util = __nccwpck_require__(9023);
var stream = __nccwpck_require__(2203);
var Readable = stream.Readable;
var PassThrough = stream.PassThrough;
var Pend = __nccwpck_require__(3313);
var EventEmitter = (__nccwpck_require__(4434).EventEmitter);

exports.BufferSlicer = BufferSlicer;
exports.FdSlicer = FdSlicer;

util.inherits(FdSlicer, EventEmitter);
function FdSlicer(fd) {
  EventEmitter.call(this);

  this.fd = fd;
  this.pend = new Pend();
  this.pend.max = 1;
  this.refCount = 0;
}

FdSlicer.prototype.read = function(buffer, offset, length, position, callback) {
  var self = this;
  self.pend.go(function(cb) {
    fs.read(self.fd, buffer, offset, length, position, function(err, bytesRead, buffer) {
      cb();
      callback(err, bytesRead, buffer);
    });
  });
};

FdSlicer.prototype.createReadStream = function(options) {
  return new ReadStream(this, options);
};

FdSlicer.prototype.ref = function() {
  this.refCount += 1;
};

FdSlicer.prototype.unref = function() {
  var self = this;
  self.refCount -= 1;
  if (self.refCount < 0) throw new Error("invalid unref");
  if (self.refCount > 0) return;

  fs.close(self.fd, onCloseDone);

  function onCloseDone(err) {
    if (err) {
      self.emit('error', err);
    } else {
      self.emit('close');
    }
  }
};

util.inherits(ReadStream, Readable);
function ReadStream(context, options) {
  options = options || {};
  Readable.call(this, options);

  this.context = context;
  this.context.ref();

  this.start = options.start || 0;
  this.endOffset = options.end;
  this.pos = this.start;
}

ReadStream.prototype._read = function(n) {
  var self = this;

  var toRead = Math.min(self._readableState.highWaterMark, n);
  if (self.endOffset != null) {
    toRead = Math.min(toRead, self.endOffset - self.pos);
  }
  if (toRead <= 0) {
    self.push(null);
    this._cleanup();
    return;
  }
  self.context.pend.go(function(cb) {
    var buffer = Buffer.allocUnsafe(toRead);
    fs.read(self.context.fd, buffer, 0, toRead, self.pos, function(err, bytesRead) {
      if (err) {
        self.destroy(err);
      } else if (bytesRead === 0) {
        self.push(null);
        self._cleanup();
      } else {
        self.pos += bytesRead;
        self.push(buffer.slice(0, bytesRead));
      }
      cb();
    });
  });
};

ReadStream.prototype._destroy = function(err, cb) {
  // Node 14+ calls this automatically at EOF.
  this._cleanup();
  cb(err);
};

ReadStream.prototype._cleanup = function() {
  if (this.context != null) {
    this.context.unref();
    this.context = null;
  }
};

util.inherits(BufferSlicer, EventEmitter);
function BufferSlicer(buffer) {
  EventEmitter.call(this);

  this.refCount = 0;
  this.buffer = buffer;
}

BufferSlicer.prototype.read = function(buffer, offset, length, position, callback) {
  if (!(0 <= offset && offset <= buffer.length)) throw new RangeError("offset outside buffer: 0 <= " + offset + " <= " + buffer.length);
  if (position < 0) throw new RangeError("position is negative: " + position);
  if (offset + length > buffer.length) {
    // The caller's buffer can't hold all the bytes they're trying to read.
    // Clamp the length instead of giving an error.
    // The callback will be informed of fewer than expected bytes written.
    length = buffer.length - offset;
  }
  if (position + length > this.buffer.length) {
    // Clamp any attempt to read past the end of the source buffer.
    length = this.buffer.length - position;
  }
  if (length <= 0) {
    // After any clamping, we're fully out of bounds or otherwise have nothing to do.
    // This isn't an error; it's just zero bytes written.
    setImmediate(function() {
      callback(null, 0);
    });
    return;
  }
  this.buffer.copy(buffer, offset, position, position + length);
  setImmediate(function() {
    callback(null, length);
  });
};

BufferSlicer.prototype.createReadStream = function(options) {
  options = options || {};
  var readStream = new PassThrough(options);
  readStream.start = options.start || 0;
  readStream.endOffset = options.end;
  // by the time this function returns, we'll be done.
  readStream.pos = readStream.endOffset || this.buffer.length;

  var entireSlice = this.buffer.slice(readStream.start, readStream.pos);
  // Cut the buffer into smaller slices for better memory usage when streaming into a zlib inflate stream.
  // See https://github.com/thejoshwolfe/yauzl/issues/87
  var maxChunkSize = 0x10000;
  var offset = 0;
  while (true) {
    var nextOffset = offset + maxChunkSize;
    if (nextOffset >= entireSlice.length) {
      // last chunk
      if (offset < entireSlice.length) {
        readStream.write(entireSlice.slice(offset, entireSlice.length));
      }
      break;
    }
    readStream.write(entireSlice.slice(offset, nextOffset));
    offset = nextOffset;
  }

  readStream.end();
  return readStream;
};

BufferSlicer.prototype.ref = function() {
  this.refCount += 1;
};

BufferSlicer.prototype.unref = function() {
  this.refCount -= 1;

  if (this.refCount < 0) {
    throw new Error("invalid unref");
  }
};


/***/ }),

/***/ 663:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var fs = __nccwpck_require__(9896);
var zlib = __nccwpck_require__(3106);
var fd_slicer = __nccwpck_require__(3502);
var util = __nccwpck_require__(9023);
var EventEmitter = (__nccwpck_require__(4434).EventEmitter);
var Transform = (__nccwpck_require__(2203).Transform);
var PassThrough = (__nccwpck_require__(2203).PassThrough);
var Writable = (__nccwpck_require__(2203).Writable);

// Node 20 added zlib.crc32.
const crc32 = typeof zlib.crc32 === "function" ? zlib.crc32 : __nccwpck_require__(4248);

exports.open = open;
exports.fromFd = fromFd;
exports.fromBuffer = fromBuffer;
exports.fromRandomAccessReader = fromRandomAccessReader;
exports.openPromise = openPromise;
exports.fromFdPromise = fromFdPromise;
exports.fromBufferPromise = fromBufferPromise;
exports.fromRandomAccessReaderPromise = fromRandomAccessReaderPromise;

exports.dosDateTimeToDate = dosDateTimeToDate;
exports.getFileNameLowLevel = getFileNameLowLevel;
exports.validateFileName = validateFileName;
exports.parseExtraFields = parseExtraFields;
exports.ZipFile = ZipFile;
exports.Entry = Entry;
exports.LocalFileHeader = LocalFileHeader;
exports.RandomAccessReader = RandomAccessReader;

function openPromise(path, options) {
  return new Promise((resolve, reject) => {
    open(path, {...options, lazyEntries: true}, function(err, zipfile) {
      if (err) return reject(err);
      resolve(zipfile);
    });
  });
}
function fromFdPromise(fd, options) {
  return new Promise((resolve, reject) => {
    fromFd(fd, {...options, lazyEntries: true}, function(err, zipfile) {
      if (err) return reject(err);
      resolve(zipfile);
    });
  });
}
function fromBufferPromise(buffer, options) {
  return new Promise((resolve, reject) => {
    fromBuffer(buffer, {...options, lazyEntries: true}, function(err, zipfile) {
      if (err) return reject(err);
      resolve(zipfile);
    });
  });
}
function fromRandomAccessReaderPromise(reader, totalSize, options) {
  return new Promise((resolve, reject) => {
    fromRandomAccessReader(reader, totalSize, {...options, lazyEntries: true}, function(err, zipfile) {
      if (err) return reject(err);
      resolve(zipfile);
    });
  });
}

function open(path, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = null;
  }
  if (options == null) options = {};
  if (options.autoClose == null) options.autoClose = true;
  if (options.lazyEntries == null) options.lazyEntries = false;
  if (options.decodeStrings == null) options.decodeStrings = true;
  if (options.validateEntrySizes == null) options.validateEntrySizes = true;
  if (options.strictFileNames == null) options.strictFileNames = false;
  if (callback == null) callback = defaultCallback;
  fs.open(path, "r", function(err, fd) {
    if (err) return callback(err);
    fromFd(fd, options, function(err, zipfile) {
      if (err) fs.close(fd, defaultCallback);
      callback(err, zipfile);
    });
  });
}

function fromFd(fd, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = null;
  }
  if (options == null) options = {};
  if (options.autoClose == null) options.autoClose = false;
  if (options.lazyEntries == null) options.lazyEntries = false;
  if (options.decodeStrings == null) options.decodeStrings = true;
  if (options.validateEntrySizes == null) options.validateEntrySizes = true;
  if (options.strictFileNames == null) options.strictFileNames = false;
  if (callback == null) callback = defaultCallback;
  fs.fstat(fd, function(err, stats) {
    if (err) return callback(err);
    var reader = new fd_slicer.FdSlicer(fd);
    fromRandomAccessReader(reader, stats.size, options, callback);
  });
}

function fromBuffer(buffer, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = null;
  }
  if (options == null) options = {};
  options.autoClose = false;
  if (options.lazyEntries == null) options.lazyEntries = false;
  if (options.decodeStrings == null) options.decodeStrings = true;
  if (options.validateEntrySizes == null) options.validateEntrySizes = true;
  if (options.strictFileNames == null) options.strictFileNames = false;
  var reader = new fd_slicer.BufferSlicer(buffer);
  fromRandomAccessReader(reader, buffer.length, options, callback);
}

function fromRandomAccessReader(reader, totalSize, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = null;
  }
  if (options == null) options = {};
  if (options.autoClose == null) options.autoClose = true;
  if (options.lazyEntries == null) options.lazyEntries = false;
  if (options.decodeStrings == null) options.decodeStrings = true;
  var decodeStrings = !!options.decodeStrings;
  if (options.validateEntrySizes == null) options.validateEntrySizes = true;
  if (options.strictFileNames == null) options.strictFileNames = false;
  if (callback == null) callback = defaultCallback;
  if (typeof totalSize !== "number") throw new Error("expected totalSize parameter to be a number");
  if (totalSize > Number.MAX_SAFE_INTEGER) {
    throw new Error("zip file too large. only file sizes up to 2^52 are supported due to JavaScript's Number type being an IEEE 754 double.");
  }

  // the matching unref() call is in zipfile.close()
  reader.ref();

  // eocdr means End of Central Directory Record.
  // search backwards for the eocdr signature.
  // the last field of the eocdr is a variable-length comment.
  // the comment size is encoded in a 2-byte field in the eocdr, which we can't find without trudging backwards through the comment to find it.
  // as a consequence of this design decision, it's possible to have ambiguous zip file metadata if a coherent eocdr was in the comment.
  // we search backwards for a eocdr signature, and hope that whoever made the zip file was smart enough to forbid the eocdr signature in the comment.
  var eocdrWithoutCommentSize = 22;
  var zip64EocdlSize = 20; // Zip64 end of central directory locator
  var maxCommentSize = 0xffff; // 2-byte size
  var bufferSize = Math.min(zip64EocdlSize + eocdrWithoutCommentSize + maxCommentSize, totalSize);
  var buffer = newBuffer(bufferSize);
  var bufferReadStart = totalSize - buffer.length;
  readAndAssertNoEof(reader, buffer, 0, bufferSize, bufferReadStart, function(err) {
    if (err) return callback(err);
    for (var i = bufferSize - eocdrWithoutCommentSize; i >= 0; i -= 1) {
      if (buffer.readUInt32LE(i) !== 0x06054b50) continue;
      // found eocdr
      var eocdrBuffer = buffer.subarray(i);

      // 0 - End of central directory signature = 0x06054b50
      // 4 - Number of this disk
      var diskNumber = eocdrBuffer.readUInt16LE(4);
      // 6 - Disk where central directory starts
      // 8 - Number of central directory records on this disk
      // 10 - Total number of central directory records
      var entryCount = eocdrBuffer.readUInt16LE(10);
      // 12 - Size of central directory (bytes)
      // 16 - Offset of start of central directory, relative to start of archive
      var centralDirectoryOffset = eocdrBuffer.readUInt32LE(16);
      // 20 - Comment length
      var commentLength = eocdrBuffer.readUInt16LE(20);
      var expectedCommentLength = eocdrBuffer.length - eocdrWithoutCommentSize;
      if (commentLength !== expectedCommentLength) {
        return callback(new Error("Invalid comment length. Expected: " + expectedCommentLength + ". Found: " + commentLength + ". Are there extra bytes at the end of the file? Or is the end of central dir signature `PK☺☻` in the comment?"));
      }
      // 22 - Comment
      // the encoding is always cp437.
      var comment = decodeStrings ? decodeBuffer(eocdrBuffer.subarray(22), false)
                                  : eocdrBuffer.subarray(22);

      // Look for a Zip64 end of central directory locator
      if (i - zip64EocdlSize >= 0 && buffer.readUInt32LE(i - zip64EocdlSize) === 0x07064b50) {
        // ZIP64 format
        var zip64EocdlBuffer = buffer.subarray(i - zip64EocdlSize, i - zip64EocdlSize + zip64EocdlSize);
        // 0 - zip64 end of central dir locator signature = 0x07064b50
        // 4 - number of the disk with the start of the zip64 end of central directory
        // 8 - relative offset of the zip64 end of central directory record
        var zip64EocdrOffset = readUInt64LE(zip64EocdlBuffer, 8);
        // 16 - total number of disks

        // ZIP64 end of central directory record
        var zip64EocdrBuffer = newBuffer(56);
        return readAndAssertNoEof(reader, zip64EocdrBuffer, 0, zip64EocdrBuffer.length, zip64EocdrOffset, function(err) {
          if (err) return callback(err);

          // 0 - zip64 end of central dir signature                           4 bytes  (0x06064b50)
          if (zip64EocdrBuffer.readUInt32LE(0) !== 0x06064b50) {
            return callback(new Error("invalid zip64 end of central directory record signature"));
          }
          // 4 - size of zip64 end of central directory record                8 bytes
          // 12 - version made by                                             2 bytes
          // 14 - version needed to extract                                   2 bytes
          // 16 - number of this disk                                         4 bytes
          diskNumber = zip64EocdrBuffer.readUInt32LE(16);
          if (diskNumber !== 0) {
            // Check this only after zip64 overrides. See #118.
            return callback(new Error("multi-disk zip files are not supported: found disk number: " + diskNumber));
          }
          // 20 - number of the disk with the start of the central directory  4 bytes
          // 24 - total number of entries in the central directory on this disk         8 bytes
          // 32 - total number of entries in the central directory            8 bytes
          entryCount = readUInt64LE(zip64EocdrBuffer, 32);
          // 40 - size of the central directory                               8 bytes
          // 48 - offset of start of central directory with respect to the starting disk number     8 bytes
          centralDirectoryOffset = readUInt64LE(zip64EocdrBuffer, 48);
          // 56 - zip64 extensible data sector                                (variable size)
          return callback(null, new ZipFile(reader, centralDirectoryOffset, totalSize, entryCount, comment, options.autoClose, options.lazyEntries, decodeStrings, options.validateEntrySizes, options.strictFileNames));
        });
      }

      // Not ZIP64 format
      if (diskNumber !== 0) {
        return callback(new Error("multi-disk zip files are not supported: found disk number: " + diskNumber));
      }
      return callback(null, new ZipFile(reader, centralDirectoryOffset, totalSize, entryCount, comment, options.autoClose, options.lazyEntries, decodeStrings, options.validateEntrySizes, options.strictFileNames));

    }

    // Not a zip file.
    callback(new Error("End of central directory record signature not found. Either not a zip file, or file is truncated."));
  });
}

util.inherits(ZipFile, EventEmitter);
function ZipFile(reader, centralDirectoryOffset, fileSize, entryCount, comment, autoClose, lazyEntries, decodeStrings, validateEntrySizes, strictFileNames) {
  var self = this;
  EventEmitter.call(self);
  self.reader = reader;
  // forward close events
  self.reader.on("error", function(err) {
    // error closing the fd
    emitError(self, err);
  });
  self.reader.once("close", function() {
    self.emit("close");
  });
  self.readEntryCursor = centralDirectoryOffset;
  self.fileSize = fileSize;
  self.entryCount = entryCount;
  self.comment = comment;
  self.entriesRead = 0;
  self.autoClose = !!autoClose;
  self.lazyEntries = !!lazyEntries;
  self.decodeStrings = !!decodeStrings;
  self.validateEntrySizes = !!validateEntrySizes;
  self.strictFileNames = !!strictFileNames;
  self.isOpen = true;
  self.emittedError = false;
  self.hasEachEntryBeenCalled = false;

  if (!self.lazyEntries) self._readEntry();
}
ZipFile.prototype.close = function() {
  if (!this.isOpen) return;
  this.isOpen = false;
  this.reader.unref();
};

function emitErrorAndAutoClose(self, err) {
  if (self.autoClose) self.close();
  emitError(self, err);
}
function emitError(self, err) {
  if (self.emittedError) return;
  self.emittedError = true;
  self.emit("error", err);
}

ZipFile.prototype.readEntry = function() {
  if (!this.lazyEntries) throw new Error("readEntry() called without lazyEntries:true");
  this._readEntry();
};
ZipFile.prototype._readEntry = function() {
  var self = this;
  if (self.entryCount === self.entriesRead) {
    // done with metadata
    setImmediate(function() {
      if (self.autoClose) self.close();
      if (self.emittedError) return;
      self.emit("end");
    });
    return;
  }
  if (self.emittedError) return;
  var buffer = newBuffer(46);
  readAndAssertNoEof(self.reader, buffer, 0, buffer.length, self.readEntryCursor, function(err) {
    if (err) return emitErrorAndAutoClose(self, err);
    if (self.emittedError) return;
    var entry = new Entry();
    // 0 - Central directory file header signature
    var signature = buffer.readUInt32LE(0);
    if (signature !== 0x02014b50) return emitErrorAndAutoClose(self, new Error("invalid central directory file header signature: 0x" + signature.toString(16)));
    // 4 - Version made by
    entry.versionMadeBy = buffer.readUInt16LE(4);
    // 6 - Version needed to extract (minimum)
    entry.versionNeededToExtract = buffer.readUInt16LE(6);
    // 8 - General purpose bit flag
    entry.generalPurposeBitFlag = buffer.readUInt16LE(8);
    // 10 - Compression method
    entry.compressionMethod = buffer.readUInt16LE(10);
    // 12 - File last modification time
    entry.lastModFileTime = buffer.readUInt16LE(12);
    // 14 - File last modification date
    entry.lastModFileDate = buffer.readUInt16LE(14);
    // 16 - CRC-32
    entry.crc32 = buffer.readUInt32LE(16);
    // 20 - Compressed size
    entry.compressedSize = buffer.readUInt32LE(20);
    // 24 - Uncompressed size
    entry.uncompressedSize = buffer.readUInt32LE(24);
    // 28 - File name length (n)
    entry.fileNameLength = buffer.readUInt16LE(28);
    // 30 - Extra field length (m)
    entry.extraFieldLength = buffer.readUInt16LE(30);
    // 32 - File comment length (k)
    entry.fileCommentLength = buffer.readUInt16LE(32);
    // 34 - Disk number where file starts
    // 36 - Internal file attributes
    entry.internalFileAttributes = buffer.readUInt16LE(36);
    // 38 - External file attributes
    entry.externalFileAttributes = buffer.readUInt32LE(38);
    // 42 - Relative offset of local file header
    entry.relativeOffsetOfLocalHeader = buffer.readUInt32LE(42);

    if (entry.generalPurposeBitFlag & 0x40) return emitErrorAndAutoClose(self, new Error("strong encryption is not supported"));

    self.readEntryCursor += 46;

    buffer = newBuffer(entry.fileNameLength + entry.extraFieldLength + entry.fileCommentLength);
    readAndAssertNoEof(self.reader, buffer, 0, buffer.length, self.readEntryCursor, function(err) {
      if (err) return emitErrorAndAutoClose(self, err);
      if (self.emittedError) return;
      // 46 - File name
      entry.fileNameRaw = buffer.subarray(0, entry.fileNameLength);
      // 46+n - Extra field
      var fileCommentStart = entry.fileNameLength + entry.extraFieldLength;
      entry.extraFieldRaw = buffer.subarray(entry.fileNameLength, fileCommentStart);
      // 46+n+m - File comment
      entry.fileCommentRaw = buffer.subarray(fileCommentStart, fileCommentStart + entry.fileCommentLength);

      // Parse the extra fields, which we need for processing other fields.
      try {
        entry.extraFields = parseExtraFields(entry.extraFieldRaw);
      } catch (err) {
        return emitErrorAndAutoClose(self, err);
      }

      // Interpret strings according to bit flags, extra fields, and options.
      if (self.decodeStrings) {
        var isUtf8 = (entry.generalPurposeBitFlag & 0x800) !== 0;
        entry.fileComment = decodeBuffer(entry.fileCommentRaw, isUtf8);
        entry.fileName = getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, self.strictFileNames);
        var errorMessage = validateFileName(entry.fileName);
        if (errorMessage != null) return emitErrorAndAutoClose(self, new Error(errorMessage));
      } else {
        entry.fileComment = entry.fileCommentRaw;
        entry.fileName = entry.fileNameRaw;
      }
      // Maintain API compatibility. See https://github.com/thejoshwolfe/yauzl/issues/47
      entry.comment = entry.fileComment;

      self.readEntryCursor += buffer.length;
      self.entriesRead += 1;

      // Check for the Zip64 Extended Information Extra Field.
      for (var i = 0; i < entry.extraFields.length; i++) {
        var extraField = entry.extraFields[i];
        if (extraField.id !== 0x0001) continue;
        // Found it.

        var zip64EiefBuffer = extraField.data;
        var index = 0;
        // 0 - Original Size          8 bytes
        if (entry.uncompressedSize === 0xffffffff) {
          if (index + 8 > zip64EiefBuffer.length) {
            return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include uncompressed size"));
          }
          entry.uncompressedSize = readUInt64LE(zip64EiefBuffer, index);
          index += 8;
        }
        // 8 - Compressed Size        8 bytes
        if (entry.compressedSize === 0xffffffff) {
          if (index + 8 > zip64EiefBuffer.length) {
            return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include compressed size"));
          }
          entry.compressedSize = readUInt64LE(zip64EiefBuffer, index);
          index += 8;
        }
        // 16 - Relative Header Offset 8 bytes
        if (entry.relativeOffsetOfLocalHeader === 0xffffffff) {
          if (index + 8 > zip64EiefBuffer.length) {
            return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include relative header offset"));
          }
          entry.relativeOffsetOfLocalHeader = readUInt64LE(zip64EiefBuffer, index);
          index += 8;
        }
        // 24 - Disk Start Number      4 bytes

        break;
      }

      // validate file size
      if (self.validateEntrySizes && entry.compressionMethod === 0) {
        var expectedCompressedSize = entry.uncompressedSize;
        if (entry.isEncrypted()) {
          // traditional encryption prefixes the file data with a header
          expectedCompressedSize += 12;
        }
        if (entry.compressedSize !== expectedCompressedSize) {
          var msg = "compressed/uncompressed size mismatch for stored file: " + entry.compressedSize + " != " + entry.uncompressedSize;
          return emitErrorAndAutoClose(self, new Error(msg));
        }
      }

      self.emit("entry", entry);

      if (!self.lazyEntries) self._readEntry();
    });
  });
};

ZipFile.prototype.eachEntry = function() {
  const self = this;
  if (!self.lazyEntries) throw new Error("eachEntry() requires lazyEntries: true");
  if (self.hasEachEntryBeenCalled) throw new Error("eachEntry() must only be called once per ZipFile");
  self.hasEachEntryBeenCalled = true;

  let pendingResolveReject = null;
  self.on("entry", onEntry);
  self.on("end", onEnd);
  self.on("error", onError);
  function cleanup() {
    self.removeListener("entry", onEntry);
    self.removeListener("end", onEnd);
    self.removeListener("error", onError);
    if (self.autoClose) self.close();
  }

  function onEntry(entry) {
    let {resolve} = pendingResolveReject;
    pendingResolveReject = null;
    resolve({value: entry});
  }
  function onEnd() {
    let {resolve} = pendingResolveReject;
    pendingResolveReject = null;
    cleanup();
    resolve({done: true});
  }
  function onError(err) {
    let {reject} = pendingResolveReject;
    pendingResolveReject = null;
    cleanup();
    reject(err);
  }

  return {
    [Symbol.asyncIterator]() {
      // Called once by `for await...of`.
      return this;
    },
    next() {
      // Called on each iteration in a `for await...of`.
      const promise = new Promise((resolve, reject) => {
        if (pendingResolveReject != null) throw new Error("next() called before previous Promise was resolved.");
        pendingResolveReject = {resolve, reject};
      });
      self.readEntry();
      return promise;
    },
    return(value) {
      // Called when breaking, returning, throwing out of a `for await...of`.
      cleanup();
      return Promise.resolve({done: true, value});
    },
    throw(value) {
      // Almost never called. Something about `yield*` maybe?
      cleanup();
      return Promise.reject(value);
    },
  };
};

ZipFile.prototype.openReadStream = function(entry, options, callback) {
  var self = this;
  // parameter validation
  var relativeStart = 0;
  var relativeEnd = entry.compressedSize;
  if (callback == null) {
    callback = options;
    options = null;
  }
  if (options == null) {
    options = {};
  } else {
    if (options.decodeFileData === false) {
      // new, simple option
      if (options.decrypt != null) {
        throw new Error("cannot use options.decrypt when options.decodeFileData === false");
      }
      if (options.decompress != null) {
        throw new Error("cannot use options.decompress when options.decodeFileData === false");
      }
      // start and end are allowed
    } else {
      // old, complicated options
      if (options.decrypt != null) {
        if (!entry.isEncrypted()) {
          throw new Error("options.decrypt can only be specified for encrypted entries. See also option decodeFileData.");
        }
        if (options.decrypt !== false) throw new Error("invalid options.decrypt value: " + options.decrypt);
        if (entry.isCompressed()) {
          if (options.decompress !== false) throw new Error("entry is encrypted and compressed, and options.decompress !== false. See also option decodeFileData.");
        }
      }
      if (options.decompress != null) {
        if (!entry.isCompressed()) {
          throw new Error("options.decompress can only be specified for compressed entries. See also option decodeFileData.");
        }
        if (!(options.decompress === false || options.decompress === true)) {
          throw new Error("invalid options.decompress value: " + options.decompress);
        }
        decompress = options.decompress;
      }
    }
    if (options.start != null) {
      relativeStart = options.start;
      if (relativeStart < 0) throw new Error("options.start < 0");
      if (relativeStart > entry.compressedSize) throw new Error("options.start > entry.compressedSize");
    }
    if (options.end != null) {
      relativeEnd = options.end;
      if (relativeEnd < 0) throw new Error("options.end < 0");
      if (relativeEnd > entry.compressedSize) throw new Error("options.end > entry.compressedSize");
      if (relativeEnd < relativeStart) throw new Error("options.end < options.start");
    }
  }
  var rawMode = (
    options.decodeFileData === false || // Explicitly requested raw.
    (
      (entry.compressionMethod === 0 || // Naturally without compression.
        (entry.compressionMethod === 8 && options.decompress === false) // Deprecated compression bypass option.
      ) &&
      (!entry.isEncrypted() || // Naturally without encryption.
        options.decrypt === false // Deprecated encryption bypass option.
      )
    )
  );
  if (options.start != null || options.end != null) {
    // Ensure slicing deals with raw data.
    if (!rawMode) throw new Error("start/end range require options.decodeFileData === false for non-trivial encoded entries.");
  }

  // any further errors can either be caused by the zipfile,
  // or were introduced in a minor version of yauzl,
  // so should be passed to the client rather than thrown.
  if (!self.isOpen) return callback(new Error("closed"));
  if (entry.isEncrypted() && !rawMode) {
    if (options.decrypt !== false) return callback(new Error("entry is encrypted, and options.decodeFileData !== false"));
  }
  var decompress;
  if (rawMode) {
    decompress = false;
  } else if (entry.compressionMethod === 8) {
    // 8 - The file is Deflated
    decompress = options.decodeFileData !== true;
  } else {
    return callback(new Error("unsupported compression method: " + entry.compressionMethod));
  }

  self.readLocalFileHeader(entry, {minimal: true}, function(err, localFileHeader) {
    if (err) return callback(err);
    self.openReadStreamLowLevel(
      localFileHeader.fileDataStart, entry.compressedSize,
      relativeStart, relativeEnd,
      decompress, entry.uncompressedSize,
      callback);
  });
};

ZipFile.prototype.openReadStreamLowLevel = function(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize, callback) {
  var self = this;

  var fileDataEnd = fileDataStart + compressedSize;
  var readStream = self.reader.createReadStream({
    start: fileDataStart + relativeStart,
    end: fileDataStart + relativeEnd,
  });
  var endpointStream = readStream;
  if (decompress) {
    var destroyed = false;
    var inflateFilter = zlib.createInflateRaw();
    readStream.on("error", function(err) {
      // setImmediate here because errors can be emitted during the first call to pipe()
      setImmediate(function() {
        if (!destroyed) inflateFilter.emit("error", err);
      });
    });
    readStream.pipe(inflateFilter);

    if (self.validateEntrySizes) {
      endpointStream = new AssertByteCountStream(uncompressedSize);
      inflateFilter.on("error", function(err) {
        // forward zlib errors to the client-visible stream
        setImmediate(function() {
          if (!destroyed) endpointStream.emit("error", err);
        });
      });
      inflateFilter.pipe(endpointStream);
    } else {
      // the zlib filter is the client-visible stream
      endpointStream = inflateFilter;
    }
    // this is part of yauzl's API, so implement this function on the client-visible stream
    installDestroyFn(endpointStream, function() {
      destroyed = true;
      if (inflateFilter !== endpointStream) inflateFilter.unpipe(endpointStream);
      readStream.unpipe(inflateFilter);
      // TODO: the inflateFilter may cause a memory leak. see Issue #27.
      readStream.destroy();
    });
  }
  callback(null, endpointStream);
};

ZipFile.prototype.readLocalFileHeader = function(entry, options, callback) {
  var self = this;
  if (callback == null) {
    callback = options;
    options = null;
  }
  if (options == null) options = {};

  self.reader.ref();
  var buffer = newBuffer(30);
  readAndAssertNoEof(self.reader, buffer, 0, buffer.length, entry.relativeOffsetOfLocalHeader, function(err) {
    try {
      if (err) return callback(err);
      // 0 - Local file header signature = 0x04034b50
      var signature = buffer.readUInt32LE(0);
      if (signature !== 0x04034b50) {
        return callback(new Error("invalid local file header signature: 0x" + signature.toString(16)));
      }

      var fileNameLength = buffer.readUInt16LE(26);
      var extraFieldLength = buffer.readUInt16LE(28);
      var fileDataStart = entry.relativeOffsetOfLocalHeader + 30 + fileNameLength + extraFieldLength;
      // We now have enough information to do this bounds check.
      if (fileDataStart + entry.compressedSize > self.fileSize) {
        return callback(new Error("file data overflows file bounds: " +
            fileDataStart + " + " + entry.compressedSize + " > " + self.fileSize));
      }

      if (options.minimal) {
        return callback(null, {fileDataStart: fileDataStart});
      }

      var localFileHeader = new LocalFileHeader();
      localFileHeader.fileDataStart = fileDataStart;

      // 4 - Version needed to extract (minimum)
      localFileHeader.versionNeededToExtract = buffer.readUInt16LE(4);
      // 6 - General purpose bit flag
      localFileHeader.generalPurposeBitFlag = buffer.readUInt16LE(6);
      // 8 - Compression method
      localFileHeader.compressionMethod = buffer.readUInt16LE(8);
      // 10 - File last modification time
      localFileHeader.lastModFileTime = buffer.readUInt16LE(10);
      // 12 - File last modification date
      localFileHeader.lastModFileDate = buffer.readUInt16LE(12);
      // 14 - CRC-32
      localFileHeader.crc32 = buffer.readUInt32LE(14);
      // 18 - Compressed size
      localFileHeader.compressedSize = buffer.readUInt32LE(18);
      // 22 - Uncompressed size
      localFileHeader.uncompressedSize = buffer.readUInt32LE(22);
      // 26 - File name length (n)
      localFileHeader.fileNameLength = fileNameLength;
      // 28 - Extra field length (m)
      localFileHeader.extraFieldLength = extraFieldLength;
      // 30 - File name
      // 30+n - Extra field

      buffer = newBuffer(fileNameLength + extraFieldLength);
      self.reader.ref();
      readAndAssertNoEof(self.reader, buffer, 0, buffer.length, entry.relativeOffsetOfLocalHeader + 30, function(err) {
        try {
          if (err) return callback(err);
          localFileHeader.fileName = buffer.subarray(0, fileNameLength);
          localFileHeader.extraField = buffer.subarray(fileNameLength);
          return callback(null, localFileHeader);
        } finally {
          self.reader.unref();
        }
      });
    } finally {
      self.reader.unref();
    }
  });
};

ZipFile.prototype.openReadStreamPromise = function(entry, options) {
  return new Promise((resolve, reject) => {
    this.openReadStream(entry, options, function(err, readStream) {
      if (err) return reject(err);
      resolve(readStream);
    });
  });
};
ZipFile.prototype.openReadStreamLowLevelPromise = function(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize) {
  return new Promise((resolve, reject) => {
    this.openReadStream(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize, function(err, readStream) {
      if (err) return reject(err);
      resolve(readStream);
    });
  });
};
ZipFile.prototype.readLocalFileHeaderPromise = function(entry, options) {
  return new Promise((resolve, reject) => {
    this.readLocalFileHeader(entry, options, function(err, localFileHeader) {
      if (err) return reject(err);
      resolve(localFileHeader);
    });
  });
};

function Entry() {
}
Entry.prototype.getLastModDate = function(options) {
  if (options == null) options = {};

  if (!options.forceDosFormat) {
    // Check extended fields.
    for (var i = 0; i < this.extraFields.length; i++) {
      var extraField = this.extraFields[i];
      if (extraField.id === 0x5455) {
        // Info-ZIP "universal timestamp" extended field (`0x5455` aka `"UT"`).
        // See the Info-ZIP source code unix/unix.c:set_extra_field() and zipfile.c:ef_scan_ut_time().
        var data = extraField.data;
        if (data.length < 5) continue; // Too short.
        // The flags define which of the three fields are present: mtime, atime, ctime.
        // We only care about mtime.
        // Also, ctime is never included in practice.
        // And also, atime is only included in the local file header for some reason
        // despite the flags lying about its inclusion in the central header.
        var flags = data[0];
        var HAS_MTIME = 1;
        if (!(flags & HAS_MTIME)) continue; // This will realistically never happen.
        // Although the positions of all of the fields shift around depending on the presence of other fields,
        // mtime is always first if present, and that's the only one we care about.
        var posixTimestamp = data.readInt32LE(1);
        return new Date(posixTimestamp * 1000);
      } else if (extraField.id === 0x000a) {
        var data = extraField.data;
        if (data.length !== 32) continue; // The length is always the same.
        // 4 bytes reserved
        // 2 bytes Tag
        if (data.readUInt16LE(4) !== 1) continue; // Tag1 is actually the only defined Tag.
        // 2 bytes Size
        if (data.readUInt16LE(6) !== 24) continue; // Size is always 24.
        // 8 bytes Mtime
        var hundredNanoSecondsSince1601 = data.readUInt32LE(8) + 4294967296 * data.readInt32LE(12);
        // Convert from NTFS to POSIX milliseconds.
        // The big number below is the milliseconds between year 1601 and year 1970
        // (i.e. the negative POSIX timestamp of 1601-01-01 00:00:00Z)
        var millisecondsSince1970 = hundredNanoSecondsSince1601 / 10000 - 11644473600000;
        // Note on numeric precision: JavaScript Number objects lose precision above Number.MAX_SAFE_INTEGER,
        // and NTFS timestamps are typically much bigger than that limit.
        // (MAX_SAFE_INTEGER would represent 1629-07-17T23:58:45.475Z.)
        // However, we're losing precision in the conversion from 100nanosecond units to millisecond units anyway,
        // and the time at which we also lose 1-millisecond precision is year 275760, the JavaScript Date limit (by design).
        // Up through the year 2057, this conversion only drops 4 bits of precision,
        // which is well under the 13-14 bits ratio between the milliseconds and 100nanoseconds.
        return new Date(millisecondsSince1970);
      }
    }
  }

  // Fallback to non-extended encoding.
  return dosDateTimeToDate(this.lastModFileDate, this.lastModFileTime, options.timezone);
};

Entry.prototype.canDecodeFileData = function() {
  return (
    !this.isEncrypted() &&
    (this.compressionMethod === 0 || this.compressionMethod === 8)
  );
};
Entry.prototype.isEncrypted = function() {
  return (this.generalPurposeBitFlag & 0x1) !== 0;
};
Entry.prototype.isCompressed = function() {
  return this.compressionMethod === 8;
};

function LocalFileHeader() {
}

function dosDateTimeToDate(date, time, timezone) {
  var day = date & 0x1f; // 1-31
  var month = (date >> 5 & 0xf) - 1; // 1-12, 0-11
  var year = (date >> 9 & 0x7f) + 1980; // 0-128, 1980-2108

  var millisecond = 0;
  var second = (time & 0x1f) * 2; // 0-29, 0-58 (even numbers)
  var minute = time >> 5 & 0x3f; // 0-59
  var hour = time >> 11 & 0x1f; // 0-23

  if (timezone == null || timezone === "local") {
    return new Date(year, month, day, hour, minute, second, millisecond);
  } else if (timezone === "UTC") {
    return new Date(Date.UTC(year, month, day, hour, minute, second, millisecond));
  } else {
    throw new Error("unrecognized options.timezone: " + options.timezone);
  }
}

function getFileNameLowLevel(generalPurposeBitFlag, fileNameBuffer, extraFields, strictFileNames) {
  var fileName = null;

  // check for Info-ZIP Unicode Path Extra Field (0x7075)
  // see https://github.com/thejoshwolfe/yauzl/issues/33
  for (var i = 0; i < extraFields.length; i++) {
    var extraField = extraFields[i];
    if (extraField.id === 0x7075) {
      if (extraField.data.length < 6) {
        // too short to be meaningful
        continue;
      }
      // Version       1 byte      version of this extra field, currently 1
      if (extraField.data.readUInt8(0) !== 1) {
        // > Changes may not be backward compatible so this extra
        // > field should not be used if the version is not recognized.
        continue;
      }
      // NameCRC32     4 bytes     File Name Field CRC32 Checksum
      var oldNameCrc32 = extraField.data.readUInt32LE(1);
      if (crc32(fileNameBuffer) !== oldNameCrc32) {
        // > If the CRC check fails, this UTF-8 Path Extra Field should be
        // > ignored and the File Name field in the header should be used instead.
        continue;
      }
      // UnicodeName   Variable    UTF-8 version of the entry File Name
      fileName = decodeBuffer(extraField.data.subarray(5), true);
      break;
    }
  }

  if (fileName == null) {
    // The typical case.
    var isUtf8 = (generalPurposeBitFlag & 0x800) !== 0;
    fileName = decodeBuffer(fileNameBuffer, isUtf8);
  }

  if (!strictFileNames) {
    // Allow backslash.
    fileName = fileName.replace(/\\/g, "/");
  }
  return fileName;
}

function validateFileName(fileName) {
  if (fileName.indexOf("\\") !== -1) {
    return "invalid characters in fileName: " + fileName;
  }
  if (/^[a-zA-Z]:/.test(fileName) || /^\//.test(fileName)) {
    return "absolute path: " + fileName;
  }
  if (fileName.split("/").indexOf("..") !== -1) {
    return "invalid relative path: " + fileName;
  }
  // all good
  return null;
}

function parseExtraFields(extraFieldBuffer) {
  var extraFields = [];
  var i = 0;
  while (i < extraFieldBuffer.length - 3) {
    var headerId = extraFieldBuffer.readUInt16LE(i + 0);
    var dataSize = extraFieldBuffer.readUInt16LE(i + 2);
    var dataStart = i + 4;
    var dataEnd = dataStart + dataSize;
    if (dataEnd > extraFieldBuffer.length) throw new Error("extra field length exceeds extra field buffer size");
    var dataBuffer = extraFieldBuffer.subarray(dataStart, dataEnd);
    extraFields.push({
      id: headerId,
      data: dataBuffer,
    });
    i = dataEnd;
  }
  return extraFields;
}

function readAndAssertNoEof(reader, buffer, offset, length, position, callback) {
  if (length === 0) {
    // fs.read will throw an out-of-bounds error if you try to read 0 bytes from a 0 byte file
    return setImmediate(function() { callback(null, newBuffer(0)); });
  }
  reader.read(buffer, offset, length, position, function(err, bytesRead) {
    if (err) return callback(err);
    if (bytesRead < length) {
      return callback(new Error("unexpected EOF"));
    }
    callback();
  });
}

util.inherits(AssertByteCountStream, Transform);
function AssertByteCountStream(byteCount) {
  Transform.call(this);
  this.actualByteCount = 0;
  this.expectedByteCount = byteCount;
}
AssertByteCountStream.prototype._transform = function(chunk, encoding, cb) {
  this.actualByteCount += chunk.length;
  if (this.actualByteCount > this.expectedByteCount) {
    var msg = "too many bytes in the stream. expected " + this.expectedByteCount + ". got at least " + this.actualByteCount;
    return cb(new Error(msg));
  }
  cb(null, chunk);
};
AssertByteCountStream.prototype._flush = function(cb) {
  if (this.actualByteCount < this.expectedByteCount) {
    var msg = "not enough bytes in the stream. expected " + this.expectedByteCount + ". got only " + this.actualByteCount;
    return cb(new Error(msg));
  }
  cb();
};

util.inherits(RandomAccessReader, EventEmitter);
function RandomAccessReader() {
  EventEmitter.call(this);
  this.refCount = 0;
}
RandomAccessReader.prototype.ref = function() {
  this.refCount += 1;
};
RandomAccessReader.prototype.unref = function() {
  var self = this;
  self.refCount -= 1;

  if (self.refCount > 0) return;
  if (self.refCount < 0) throw new Error("invalid unref");

  self.close(onCloseDone);

  function onCloseDone(err) {
    if (err) return self.emit('error', err);
    self.emit('close');
  }
};
RandomAccessReader.prototype.createReadStream = function(options) {
  if (options == null) options = {};
  var start = options.start;
  var end = options.end;
  if (start === end) {
    var emptyStream = new PassThrough();
    setImmediate(function() {
      emptyStream.end();
    });
    return emptyStream;
  }
  var stream = this._readStreamForRange(start, end);

  var destroyed = false;
  var refUnrefFilter = new RefUnrefFilter(this);
  stream.on("error", function(err) {
    setImmediate(function() {
      if (!destroyed) refUnrefFilter.emit("error", err);
    });
  });
  installDestroyFn(refUnrefFilter, function() {
    stream.unpipe(refUnrefFilter);
    refUnrefFilter.unref();
    stream.destroy();
  });

  var byteCounter = new AssertByteCountStream(end - start);
  refUnrefFilter.on("error", function(err) {
    setImmediate(function() {
      if (!destroyed) byteCounter.emit("error", err);
    });
  });
  installDestroyFn(byteCounter, function() {
    destroyed = true;
    refUnrefFilter.unpipe(byteCounter);
    refUnrefFilter.destroy();
  });

  return stream.pipe(refUnrefFilter).pipe(byteCounter);
};
RandomAccessReader.prototype._readStreamForRange = function(start, end) {
  throw new Error("not implemented");
};
RandomAccessReader.prototype.read = function(buffer, offset, length, position, callback) {
  var readStream = this.createReadStream({start: position, end: position + length});
  var writeStream = new Writable();
  var written = 0;
  writeStream._write = function(chunk, encoding, cb) {
    chunk.copy(buffer, offset + written, 0, chunk.length);
    written += chunk.length;
    cb();
  };
  writeStream.on("finish", callback);
  readStream.on("error", function(error) {
    callback(error);
  });
  readStream.pipe(writeStream);
};
RandomAccessReader.prototype.close = function(callback) {
  setImmediate(callback);
};

util.inherits(RefUnrefFilter, PassThrough);
function RefUnrefFilter(context) {
  PassThrough.call(this);
  this.context = context;
  this.context.ref();
  this.unreffedYet = false;
}
RefUnrefFilter.prototype._flush = function(cb) {
  this.unref();
  cb();
};
RefUnrefFilter.prototype.unref = function(cb) {
  if (this.unreffedYet) return;
  this.unreffedYet = true;
  this.context.unref();
};

var cp437 = '\u0000☺☻♥♦♣♠•◘○◙♂♀♪♫☼►◄↕‼¶§▬↨↑↓→←∟↔▲▼ !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~⌂ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■ ';
function decodeBuffer(buffer, isUtf8) {
  if (isUtf8) {
    return buffer.toString("utf8");
  } else {
    var result = "";
    for (var i = 0; i < buffer.length; i++) {
      result += cp437[buffer[i]];
    }
    return result;
  }
}

function readUInt64LE(buffer, offset) {
  // There is no native function for this, because we can't actually store 64-bit integers precisely.
  // after 53 bits, JavaScript's Number type (IEEE 754 double) can't store individual integers anymore.
  // but since 53 bits is a whole lot more than 32 bits, we do our best anyway.
  // As of 2020, Node has added support for BigInt, which obviates this whole function,
  // but yauzl hasn't been updated to depend on BigInt (yet?).
  var lower32 = buffer.readUInt32LE(offset);
  var upper32 = buffer.readUInt32LE(offset + 4);
  // we can't use bitshifting here, because JavaScript bitshifting only works on 32-bit integers.
  return upper32 * 0x100000000 + lower32;
  // as long as we're bounds checking the result of this function against the total file size,
  // we'll catch any overflow errors, because we already made sure the total file size was within reason.
}

// Node 10 deprecated new Buffer().
var newBuffer;
if (typeof Buffer.allocUnsafe === "function") {
  newBuffer = function(len) {
    return Buffer.allocUnsafe(len);
  };
} else {
  newBuffer = function(len) {
    return new Buffer(len);
  };
}

// Node 8 introduced a proper destroy() implementation on writable streams.
function installDestroyFn(stream, fn) {
  if (typeof stream.destroy === "function") {
    // New API.
    stream._destroy = function(err, cb) {
      fn();
      if (cb != null) cb(err);
    };
  } else {
    // Old API.
    stream.destroy = fn;
  }
}

function defaultCallback(err) {
  if (err) throw err;
}


/***/ }),

/***/ 1574:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Cu: () => (/* binding */ DEFAULT_CONFIG_FILE),
  Vw: () => (/* reexport */ formatProblem),
  vF: () => (/* binding */ loadConfiguration),
  yR: () => (/* binding */ readText)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./src/config/types.ts
/** `file:line:column: message`, as compilers print it (editors and terminals link it). */
function formatProblem(p) {
    return `${p.file}:${p.line}:${p.column}: ${p.message}`;
}

;// CONCATENATED MODULE: ./src/config/index.ts
// Configuration and baselines: the rules a repository turns off or re-grades, the findings it accepts with a reason,
// and the findings it had when it adopted the check. The edges (CLI, action) read files through ConfigIo; the rest
// is pure. A run without a configuration file loads nothing of this room but this file: YAML, the schema validator
// and the baseline's hashing are imported only when a file is there.


/** Found at the repository root when no other file is named. */
const DEFAULT_CONFIG_FILE = '.github/copilot-publish-check.yml';
async function loadConfiguration(request, io) {
    const file = request.file ?? DEFAULT_CONFIG_FILE;
    const read = await readText(io, (0,external_node_path_.resolve)(request.root, file), file);
    if (!read.ok)
        return read;
    if (read.text === undefined && request.file === undefined && request.writeBaseline === undefined)
        return { ok: true };
    return (await Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(895), __nccwpck_require__.e(286)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5211))).load(request, file, read.text, io);
}
/** A file's text (undefined when it does not exist), or why it cannot be read (a folder, no permission). */
async function readText(io, absolutePath, file) {
    try {
        return { ok: true, text: await io.readFile(absolutePath) };
    }
    catch (e) {
        const why = e.code ?? (e instanceof Error ? e.message : String(e));
        return { ok: false, problems: [{ file, line: 1, column: 1, message: `the file cannot be read (${why}).` }] };
    }
}


/***/ }),

/***/ 4246:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G5: () => (/* binding */ classifyConnector),
/* harmony export */   qH: () => (/* binding */ INDEPENDENT_PUBLISHER_COLOR)
/* harmony export */ });
/* unused harmony export connectorClass */
/* harmony import */ var _util_values_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6489);
/* harmony import */ var _connector_files_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6465);


const INDEPENDENT_PUBLISHER_COLOR = '#da3b01';
const FOLDERS = [
    [/(?:^|[/\\])independent-publisher-connectors[/\\]/i, 'independent-publisher'],
    [/(?:^|[/\\])certified-connectors[/\\]/i, 'certified'],
    [/(?:^|[/\\])custom-connectors[/\\]/i, 'custom'],
];
const cache = new WeakMap();
function classifyConnector(pkg) {
    const cached = cache.get(pkg);
    if (cached)
        return cached;
    const result = classify(pkg);
    cache.set(pkg, result);
    return result;
}
/** The class alone (the function the brief names). */
function connectorClass(pkg) {
    return classifyConnector(pkg).connectorClass;
}
function classify(pkg) {
    // The repository layout is the strongest evidence: it is where the PR pipeline decides on certification rules.
    const location = `${pkg.path.replace(/\\/g, '/')}/${(0,_connector_files_js__WEBPACK_IMPORTED_MODULE_0__/* .connectorFiles */ .nW)(pkg).root}`;
    for (const [re, cls] of FOLDERS) {
        if (re.test(location))
            return { connectorClass: cls, reason: `the folder is under ${re.source.replace(/[^a-z-]/g, '')}/` };
    }
    const propsName = (0,_connector_files_js__WEBPACK_IMPORTED_MODULE_0__/* .connectorFiles */ .nW)(pkg).apiProperties;
    const doc = propsName ? pkg.json(propsName) : undefined;
    const props = (0,_util_values_js__WEBPACK_IMPORTED_MODULE_1__/* .asRecord */ .qY)((0,_util_values_js__WEBPACK_IMPORTED_MODULE_1__/* .asRecord */ .qY)(doc?.value)?.properties);
    const color = props?.iconBrandColor;
    if (typeof color === 'string' && color.trim().toLowerCase() === INDEPENDENT_PUBLISHER_COLOR) {
        return { connectorClass: 'independent-publisher', reason: `iconBrandColor is ${INDEPENDENT_PUBLISHER_COLOR}, the independent publisher colour` };
    }
    if ((0,_util_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isNonEmptyString */ .uI)(props?.publisher) && (0,_util_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isNonEmptyString */ .uI)(props?.stackOwner)) {
        return { connectorClass: 'certified', reason: 'apiProperties names both a publisher and a stackOwner' };
    }
    if (!propsName && readmeSaysIndependent(pkg)) {
        return { connectorClass: 'independent-publisher', reason: 'the readme says "Independent Publisher"' };
    }
    return { connectorClass: 'custom', reason: 'apiProperties does not name both a publisher and a stackOwner' };
}
function readmeSaysIndependent(pkg) {
    const readme = (0,_connector_files_js__WEBPACK_IMPORTED_MODULE_0__/* .connectorFiles */ .nW)(pkg).readme;
    return readme ? /independent publisher/i.test(pkg.text(readme) ?? '') : false;
}


/***/ }),

/***/ 6465:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   iJ: () => (/* binding */ EXPECTED_NAMES),
/* harmony export */   nW: () => (/* binding */ connectorFiles),
/* harmony export */   pK: () => (/* binding */ looksLikeConnectorReadme)
/* harmony export */ });
/* unused harmony export CONNECTOR_FILE_PATTERNS */
const EXPECTED_NAMES = {
    swagger: 'apiDefinition.swagger.json',
    apiProperties: 'apiProperties.json',
    icon: 'icon.png',
    readme: 'readme.md',
    intro: 'intro.md',
    script: 'script.csx',
    settings: 'settings.json',
};
// At the root or one folder down (a zip made of the connector's folder). Plain character classes: no backtracking.
const AT = '^(?:[^/]+/)?';
const SWAGGER_EXACT = new RegExp(`${AT}apidefinition\\.swagger\\.json$`, 'i');
const PROPS = new RegExp(`${AT}api\\s?properties\\.json$`, 'i');
const ICON = new RegExp(`${AT}icon\\.png$`, 'i');
const README_EXACT = new RegExp(`${AT}readme\\.md$`, 'i');
const README_LOOSE = new RegExp(`${AT}readme(?:\\.md)?\\.(?:txt|markdown)$`, 'i');
const INTRO = new RegExp(`${AT}intro\\.md$`, 'i');
const SCRIPT = new RegExp(`${AT}script\\.(?:csx|cs)$`, 'i');
const ANY_CSX = new RegExp(`${AT}[^/]+\\.csx$`, 'i');
const SETTINGS = new RegExp(`${AT}settings\\.json$`, 'i');
/** The expressions above, for the regex audit (`__tests__/hostile/regex-audit.test.ts`). */
const CONNECTOR_FILE_PATTERNS = [SWAGGER_EXACT, PROPS, ICON, README_EXACT, README_LOOSE, INTRO, SCRIPT, ANY_CSX, SETTINGS];
/**
 * Misspellings such as apiDefination.swagger.json, or any other *.swagger.json / swagger*.json, at the root or one
 * folder down. Not `[^/]*swagger[^/]*\.json$`: on a zip entry name of "swagger" repeated (64 KiB) it is quadratic.
 */
function isLooseSwagger(name) {
    const slash = name.indexOf('/');
    if (slash === 0 || (slash > 0 && name.indexOf('/', slash + 1) >= 0))
        return false;
    const base = name.slice(slash + 1).toLowerCase();
    return base.endsWith('.json') && base.slice(0, -'.json'.length).includes('swagger');
}
const cache = new WeakMap();
function connectorFiles(pkg) {
    const cached = cache.get(pkg);
    if (cached)
        return cached;
    const pick = (re) => pkg.names.find((n) => re.test(n));
    const swagger = pick(SWAGGER_EXACT) ?? pkg.names.find(isLooseSwagger);
    const apiProperties = pick(PROPS);
    const anchor = swagger ?? apiProperties;
    const root = anchor && anchor.includes('/') ? anchor.slice(0, anchor.indexOf('/') + 1) : '';
    const intro = pick(INTRO);
    const scripts = pkg.names.filter((n) => SCRIPT.test(n) || ANY_CSX.test(n));
    const files = {
        swagger,
        apiProperties,
        icon: pick(ICON),
        readme: pick(README_EXACT) ?? pick(README_LOOSE) ?? intro,
        intro,
        script: scripts[0],
        scripts,
        settings: pick(SETTINGS),
        root,
    };
    cache.set(pkg, files);
    return files;
}
/**
 * A folder that holds only a connector readme (for example an independent publisher's proposal) is still a
 * connector folder: its readme names a publisher the way the repository's templates do.
 */
function looksLikeConnectorReadme(pkg) {
    const readme = connectorFiles(pkg).readme;
    if (!readme || pkg.names.some((n) => /\.json$/i.test(n) && !SETTINGS.test(n)))
        return false;
    const text = pkg.text(readme) ?? '';
    return /^#{1,3}\s*publisher\s*:/im.test(text) || /\(independent publisher\)/i.test(text);
}


/***/ }),

/***/ 2532:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F$: () => (/* binding */ schemaProperties),
/* harmony export */   Rj: () => (/* binding */ looksLikeGraphConnector),
/* harmony export */   am: () => (/* binding */ graphConnectorDefinitions),
/* harmony export */   qP: () => (/* binding */ connectorParts),
/* harmony export */   zT: () => (/* binding */ graphConnectorFiles)
/* harmony export */ });
/* harmony import */ var _util_values_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6489);

/** Keys that only appear on externalConnection objects (or schema members that sit next to one). */
const CONNECTION_KEYS = ['activitySettings', 'searchSettings', 'contentCategory', 'connectorId'];
/** Keys that only schema properties carry; at least one must appear for an array to count as a schema. */
const PROPERTY_FLAGS = ['isSearchable', 'isRetrievable', 'isQueryable', 'isRefinable', 'isExactMatchRequired', 'labels', 'aliases'];
/** Keys that show a JSON file is something else that happens to have id, name and description. */
const FOREIGN_KEYS = ['manifestVersion', 'swagger', 'openapi', 'schema_version', 'name_for_human', 'acl', 'instructions'];
function looksLikeGraphConnector(value) {
    const parts = connectorParts(value);
    return parts.connection !== undefined || parts.schema !== undefined;
}
/** The connection and schema parts of one parsed JSON file (neither when it is not a connector definition). */
function connectorParts(value) {
    if (Array.isArray(value)) {
        return isPropertyArray(value) ? { schema: { pointer: '', propertiesPointer: '', properties: value, shape: 'bare-array' } } : {};
    }
    const root = (0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(value);
    if (!root || FOREIGN_KEYS.some((k) => k in root))
        return {};
    const parts = {};
    for (const key of ['externalConnection', 'connection']) {
        const inner = (0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(root[key]);
        if (inner && isConnection(inner, true)) {
            parts.connection = { pointer: `/${key}`, value: inner };
            break;
        }
    }
    if (!parts.connection && isConnection(root, false))
        parts.connection = { pointer: '', value: root };
    parts.schema = schemaIn(root.schema, '/schema') ?? schemaIn(root, '');
    return parts;
}
function isConnection(v, wrapped) {
    if (CONNECTION_KEYS.some((k) => k in v))
        return true;
    // id + name + description is the bare externalConnection shape; under a wrapper key, id and a name or description do.
    if (typeof v.id !== 'string')
        return false;
    return wrapped ? 'name' in v || 'description' in v : 'name' in v && 'description' in v && !(0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(v.properties);
}
function schemaIn(v, at) {
    if (Array.isArray(v)) {
        return isPropertyArray(v) ? { pointer: at, propertiesPointer: at, properties: v, shape: 'bare-array' } : undefined;
    }
    const o = (0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(v);
    if (!o || !Array.isArray(o.properties))
        return undefined;
    // baseType alone is proof; without it the array must look like schema properties.
    if (!('baseType' in o) && !isPropertyArray(o.properties))
        return undefined;
    return { pointer: at, propertiesPointer: `${at}/properties`, properties: o.properties, shape: 'schema-object', object: o };
}
// Every element an object, and at least one with a name and a schema-only key: a list of {name, type} pairs alone
// is too common (parameters, columns) to call a connector schema. An entry without a name is still counted, so
// graph.schema-property-name can report it instead of the whole file going unrecognised.
function isPropertyArray(a) {
    if (a.length === 0 || !a.every((p) => (0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(p)))
        return false;
    return a.some((p) => {
        const o = (0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(p);
        return 'name' in o && PROPERTY_FLAGS.some((k) => k in o);
    });
}
function graphConnectorFiles(pkg) {
    return pkg.names.filter((n) => {
        if (!/\.json$/i.test(n))
            return false;
        const doc = pkg.json(n);
        return !!doc && doc.ok && looksLikeGraphConnector(doc.value);
    });
}
const definitionsCache = new WeakMap();
/**
 * The connector definitions of a package. A file holding both parts is one definition; a connection file and a
 * schema file alone in the same folder are paired (the split layout); anything more ambiguous stays unpaired.
 */
function graphConnectorDefinitions(pkg) {
    const cached = definitionsCache.get(pkg);
    if (cached)
        return cached;
    const definitions = [];
    const loose = new Map();
    for (const file of graphConnectorFiles(pkg)) {
        const parts = connectorParts(pkg.json(file)?.value);
        const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
        const connection = parts.connection && { file, ...parts.connection };
        const schema = parts.schema && { file, ...parts.schema };
        if (connection && schema) {
            definitions.push({ folder, connection, schema });
            continue;
        }
        const bucket = loose.get(folder) ?? { connections: [], schemas: [] };
        loose.set(folder, bucket);
        if (connection)
            bucket.connections.push(connection);
        if (schema)
            bucket.schemas.push(schema);
    }
    for (const [folder, { connections, schemas }] of loose) {
        if (connections.length === 1 && schemas.length === 1) {
            definitions.push({ folder, connection: connections[0], schema: schemas[0] });
            continue;
        }
        for (const connection of connections)
            definitions.push({ folder, connection });
        for (const schema of schemas)
            definitions.push({ folder, schema });
    }
    definitionsCache.set(pkg, definitions);
    return definitions;
}
/** Every schema property with its pointer; non-object entries are kept so rules can report them. */
function schemaProperties(schema) {
    return (0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asArray */ ._j)(schema.properties).map((value, index) => ({ index, pointer: `${schema.propertiesPointer}/${index}`, value }));
}


/***/ }),

/***/ 3368:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  BS: () => (/* binding */ combineFixes),
  Ed: () => (/* binding */ packagedFix),
  uw: () => (/* binding */ retargetFixes)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: ./src/engine/json/pointer.ts
var json_pointer = __nccwpck_require__(5684);
// EXTERNAL MODULE: ./src/engine/util/search.ts
var search = __nccwpck_require__(9059);
// EXTERNAL MODULE: ./src/engine/json/strings.ts
var json_strings = __nccwpck_require__(6027);
// EXTERNAL MODULE: ./src/engine/json/key-set.ts
var key_set = __nccwpck_require__(3747);
;// CONCATENATED MODULE: ./src/engine/json/lazy-tree.ts
// A syntax tree of a JSON text that is built only where it is walked: a container's members are found when they are
// first asked for, read from the document's position index when there is one, else by one forward pass over that
// container's text (TreeSource). Fixes need the spans of a few values in files of
// up to megabytes; momoa's whole tree cost 2 s of the 20 s spent checking the 990 connectors of
// microsoft/PowerPlatformConnectors (most of them have a fixable finding). Shapes, offsets, lines and columns are
// momoa's (loc.start/loc.end; CR, LF and CRLF end a line; columns count UTF-16 code units), for the subset the fix
// code reads. Expects text that JSON.parse accepted; iterative, so no depth overflows the stack.



const QUOTE = 0x22;
const STRUCTURAL = /["[\]{}]/g;
/**
 * The root value of `text` (JSON that JSON.parse accepts). `source`, with `rootHandle`, gives the containers'
 * members; by default each container's text is read when its members are first asked for.
 */
function lazyTree(text, source = textSource(text), rootHandle = -1) {
    const start = skipSpace(text, 0);
    // Valid JSON holds one value: it ends where the trailing space starts (no pass over the text).
    let end = text.length;
    while (end > start && isSpace(text.charCodeAt(end - 1)))
        end--;
    return node(text, source, start, end, rootHandle);
}
function textSource(text) {
    const lines = new Lines(text);
    return { children: (start) => children(text, start), at: (offset) => lines.at(offset) };
}
function node(text, source, start, end, handle) {
    // Lines and columns are found when read: a container's members are all made at once, but a fix reads the
    // positions of the few on its path.
    const span = new Span(source, start, end);
    const c = text.charCodeAt(start);
    if (c === 0x7b /* { */) {
        let members;
        return {
            type: 'Object',
            get loc() {
                return span.loc;
            },
            get members() {
                return (members ??= source.children(start, end, handle).map((s) => {
                    const nameSpan = new Span(source, s.keyStart, s.keyEnd);
                    const name = {
                        type: 'String',
                        get loc() {
                            return nameSpan.loc;
                        },
                        value: (0,key_set/* nameAt */.Dc)(text, s.keyStart, s.keyEnd, s.keyEscaped),
                    };
                    const value = node(text, source, s.start, s.end, s.handle);
                    const member = new Span(source, s.keyStart, s.end);
                    return {
                        get loc() {
                            return member.loc;
                        },
                        name,
                        value,
                    };
                }));
            },
        };
    }
    if (c === 0x5b /* [ */) {
        let elements;
        return {
            type: 'Array',
            get loc() {
                return span.loc;
            },
            get elements() {
                return (elements ??= source.children(start, end, handle).map((s) => ({ value: node(text, source, s.start, s.end, s.handle) })));
            },
        };
    }
    if (c === QUOTE) {
        let value;
        return {
            type: 'String',
            get loc() {
                return span.loc;
            },
            get value() {
                return (value ??= JSON.parse(text.slice(start, end)));
            },
        };
    }
    return {
        type: c === 0x74 || c === 0x66 ? 'Boolean' : c === 0x6e ? 'Null' : 'Number',
        get loc() {
            return span.loc;
        },
    };
}
/** A value's start and end offsets; its loc (line and column of both) made on first read. */
class Span {
    source;
    start;
    end;
    #loc;
    constructor(source, start, end) {
        this.source = source;
        this.start = start;
        this.end = end;
    }
    get loc() {
        return (this.#loc ??= { start: this.source.at(this.start), end: this.source.at(this.end) });
    }
}
/** The members (or elements) of the container opening at `open`: one forward pass over its text. */
function children(text, open) {
    const strings = new json_strings/* StringSkipper */.K(text);
    const isObject = text.charCodeAt(open) === 0x7b;
    const out = [];
    let pos = open + 1;
    for (;;) {
        pos = skipSpace(text, pos);
        const c = text.charCodeAt(pos);
        if (c === 0x7d || c === 0x5d || pos >= text.length)
            return out;
        if (c === 0x2c /* , */) {
            pos++;
            continue;
        }
        let keyStart = -1;
        let keyEnd = -1;
        let keyEscaped = false;
        if (isObject) {
            keyStart = pos;
            keyEnd = strings.end(pos);
            keyEscaped = strings.escaped;
            pos = skipSpace(text, skipSpace(text, keyEnd) + 1); // past the colon
        }
        const end = valueEnd(text, pos, strings);
        out.push({ keyStart, keyEnd, keyEscaped, start: pos, end, handle: -1 });
        pos = end;
    }
}
/** Offset just after the value starting at `pos`. */
function valueEnd(text, pos, strings) {
    const c = text.charCodeAt(pos);
    if (c === QUOTE)
        return strings.end(pos);
    if (c !== 0x7b && c !== 0x5b) {
        let j = pos;
        while (j < text.length && !isDelimiter(text.charCodeAt(j)))
            j++;
        return j;
    }
    // From one quote or bracket to the next with the regular expression engine's native search (test, not exec: no
    // match array is made for each of them).
    const next = STRUCTURAL;
    let depth = 0;
    let j = pos;
    while (j < text.length) {
        next.lastIndex = j;
        if (!next.test(text))
            return text.length;
        j = next.lastIndex - 1;
        const d = text.charCodeAt(j);
        if (d === QUOTE) {
            j = strings.end(j);
            continue;
        }
        if (d === 0x7b || d === 0x5b)
            depth++;
        else {
            depth--;
            if (depth === 0)
                return j + 1;
        }
        j++;
    }
    return j;
}
function isDelimiter(c) {
    return c === 0x2c || c === 0x7d || c === 0x5d || isSpace(c);
}
function isSpace(c) {
    return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}
function skipSpace(text, pos) {
    let j = pos;
    while (isSpace(text.charCodeAt(j)))
        j++;
    return j;
}
/** Line starts, found on first use; a position is a binary search. */
class Lines {
    text;
    starts;
    constructor(text) {
        this.text = text;
    }
    at(offset) {
        const starts = (this.starts ??= lineStarts(this.text));
        const line = (0,search/* lastAtOrBefore */.A)(starts, offset);
        return { line: line + 1, column: offset - starts[line] + 1, offset };
    }
}
function lineStarts(text) {
    const starts = [0];
    if (!text.includes('\r')) {
        for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
            starts.push(i + 1);
        return starts;
    }
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x0a)
            starts.push(i + 1);
        else if (c === 0x0d) {
            if (text.charCodeAt(i + 1) === 0x0a)
                i++;
            starts.push(i + 1);
        }
    }
    return starts;
}

;// CONCATENATED MODULE: ./src/engine/fix/edits.ts
// A fix's changes as text edits on one JSON text, from the positions of a syntax tree (offsets, lines, columns; built
// lazily, only along the pointers a fix names: json/lazy-tree.ts), so that only
// the changed value's bytes change: indentation, key order, line endings and the final newline stay as written,
// and an added member follows its object's own indentation, separator and line ending.


/**
 * The tree of a JSON text (without its BOM), or undefined when it is not JSON. `parsed`: the caller's JSON.parse
 * already accepted this text; `index`: the text's position index, whose members spare the tree a pass over the text
 * of each container it opens.
 */
function jsonTree(text, parsed = false, index) {
    if (!parsed) {
        try {
            JSON.parse(text);
        }
        catch {
            return undefined;
        }
    }
    const source = index?.treeSource();
    return { text, root: source ? lazyTree(text, source, 0) : lazyTree(text) };
}
/** The edits that make `changes` in `tree`'s text, for the file at `path`; all of them, or a reason why not. */
function editsFor(tree, changes, path) {
    const edits = [];
    // Members added to one object go in together: two insertions at one place would conflict.
    const adds = new Map();
    for (const change of changes) {
        if (change.op === 'add') {
            const key = `${parentPointer(change.pointer)}\u0000${change.first ? 'first' : 'last'}`;
            adds.set(key, [...(adds.get(key) ?? []), change]);
            continue;
        }
        const found = editFor(tree, change, path);
        if (typeof found === 'string')
            return { ok: false, reason: found };
        edits.push(...found);
    }
    for (const group of adds.values()) {
        const found = addMembers(tree, group, path);
        if (typeof found === 'string')
            return { ok: false, reason: found };
        edits.push(found);
    }
    return { ok: true, edits: edits.sort((a, b) => a.start.offset - b.start.offset) };
}
function editFor(tree, change, path) {
    const at = find(tree.root, change.pointer);
    if (!at)
        return `${change.pointer || 'the root'} is not in the file`;
    if (change.op === 'replace')
        return [edit(path, at.node.loc.start, at.node.loc.end, serialize(tree.text, change.value, at.node))];
    if (change.op === 'remove')
        return removal(tree, at, path);
    if (at.node.type !== 'String')
        return `${change.pointer} is not a string`;
    // Inside the string as written: the raw text holds `find` escaped as JSON writes it.
    const raw = tree.text.slice(at.node.loc.start.offset, at.node.loc.end.offset);
    const needle = JSON.stringify(change.find).slice(1, -1);
    const replacement = JSON.stringify(change.text).slice(1, -1);
    const edits = [];
    for (let i = raw.indexOf(needle, 1); needle && i > 0 && i < raw.length - 1; i = raw.indexOf(needle, i + needle.length)) {
        edits.push(edit(path, shifted(at.node.loc.start, i), shifted(at.node.loc.start, i + needle.length), replacement));
    }
    return edits.length > 0 ? edits : `${change.pointer} does not hold ${JSON.stringify(change.find)}`;
}
function find(root, pointer) {
    let found = { node: root };
    for (const token of (0,json_pointer/* parsePointer */.vp)(pointer)) {
        const node = found.node;
        if (node.type === 'Object') {
            const index = lastIndex(node.members, (m) => m.name.type === 'String' && m.name.value === token);
            if (index < 0)
                return undefined;
            found = { node: node.members[index].value, holder: { container: node, index } };
        }
        else if (node.type === 'Array') {
            const index = /^(0|[1-9][0-9]*)$/.test(token) ? Number(token) : -1;
            if (index < 0 || index >= node.elements.length)
                return undefined;
            found = { node: node.elements[index].value, holder: { container: node, index } };
        }
        else
            return undefined;
    }
    return found;
}
// JSON.parse keeps the last of repeated keys, and so do the rules: the last member is the one to change.
function lastIndex(list, test) {
    for (let i = list.length - 1; i >= 0; i--)
        if (test(list[i]))
            return i;
    return -1;
}
/** The members or elements of a container, each as the span it covers. */
function items(container) {
    if (container.type === 'Object')
        return container.members;
    if (container.type === 'Array')
        return container.elements.map((e) => e.value);
    return [];
}
/** Removes a member or element with the comma and space that separate it from its neighbours. */
function removal(tree, at, path) {
    if (!at.holder)
        return 'the root cannot be removed';
    const { container, index } = at.holder;
    const list = items(container);
    if (list.length === 1) {
        // The only one: the container becomes empty ({} or []), whatever space was inside.
        return [edit(path, shifted(container.loc.start, 1), shifted(container.loc.end, -1), '')];
    }
    if (index > 0)
        return [edit(path, list[index - 1].loc.end, list[index].loc.end, '')];
    return [edit(path, list[0].loc.start, list[1].loc.start, '')];
}
/** Members added to one object, in one insertion. */
function addMembers(tree, changes, path) {
    const { text } = tree;
    const parentAt = parentPointer(changes[0].pointer);
    const parent = find(tree.root, parentAt)?.node;
    if (!parent || parent.type !== 'Object')
        return `${parentAt || 'the root'} is not an object`;
    const keys = changes.map((c) => (0,json_pointer/* parsePointer */.vp)(c.pointer).pop() ?? '');
    const taken = keys.find((k) => parent.members.some((m) => m.name.type === 'String' && m.name.value === k));
    if (taken !== undefined)
        return `${parentAt}/${taken} is already there`;
    const layout = objectLayout(text, parent);
    const members = changes.map((c, i) => `${JSON.stringify(keys[i])}${layout.colon}${reindent(serialize(text, c.value, undefined, layout.unit), layout.eol + layout.indent)}`);
    const joined = members.join(`,${layout.between}`);
    if (parent.members.length === 0) {
        const inner = text.slice(parent.loc.start.offset + 1, parent.loc.end.offset - 1);
        const body = /[\r\n]/.test(inner) ? `${layout.eol}${layout.indent}${joined}${layout.eol}${lineIndent(text, parent.loc.start.offset)}` : joined;
        return edit(path, shifted(parent.loc.start, 1), shifted(parent.loc.end, -1), body);
    }
    if (changes[0].first) {
        const first = parent.members[0];
        return edit(path, first.loc.start, first.loc.start, `${joined},${layout.between}`);
    }
    const last = parent.members[parent.members.length - 1];
    return edit(path, last.loc.end, last.loc.end, `,${layout.between}${joined}`);
}
/** How an object lays out its members, read from the members it has (or its own line when it has none). */
function objectLayout(text, obj) {
    const eol = lineEnding(text, obj);
    const parentIndent = lineIndent(text, obj.loc.start.offset);
    const members = obj.members;
    const colon = members.length > 0 ? colonOf(text, members[members.length - 1]) : ': ';
    let between;
    if (members.length > 1) {
        const gap = text.slice(members[members.length - 2].loc.end.offset, members[members.length - 1].loc.start.offset);
        between = gap.slice(gap.indexOf(',') + 1);
    }
    else if (members.length === 1) {
        between = text.slice(obj.loc.start.offset + 1, members[0].loc.start.offset);
    }
    else {
        const inner = text.slice(obj.loc.start.offset + 1, obj.loc.end.offset - 1);
        between = /[\r\n]/.test(inner) ? `${eol}${parentIndent}${indentUnit(text)}` : ' ';
    }
    const multiline = /[\r\n]/.test(between);
    // Members on their own lines: the last line of the space before a member is its indentation.
    const indent = multiline ? between.slice(Math.max(between.lastIndexOf('\n'), between.lastIndexOf('\r')) + 1) : parentIndent;
    const unit = multiline && indent.startsWith(parentIndent) && indent.length > parentIndent.length ? indent.slice(parentIndent.length) : indentUnit(text);
    return { colon, between, indent, eol, unit };
}
function colonOf(text, member) {
    const gap = text.slice(member.name.loc.end.offset, member.value.loc.start.offset);
    return /^[ \t]*:[ \t]*$/.test(gap) ? gap : ': ';
}
/** The line ending used inside the object, else the file's first, else "\n". */
function lineEnding(text, obj) {
    const inside = /\r\n|\n|\r/.exec(text.slice(obj.loc.start.offset, obj.loc.end.offset));
    return (inside ?? /\r\n|\n|\r/.exec(text))?.[0] ?? '\n';
}
/** The spaces and tabs that start the line holding `offset`. */
function lineIndent(text, offset) {
    // Back to the line's start by hand: lastIndexOf('\r') in a file without CR would search back to its first byte.
    let start = offset;
    while (start > 0 && text.charCodeAt(start - 1) !== 0x0a && text.charCodeAt(start - 1) !== 0x0d)
        start--;
    return /^[ \t]*/.exec(text.slice(start, offset))?.[0] ?? '';
}
/** The file's indentation step: the first indented line's indentation (a tab, or 2, 4 … spaces). */
function indentUnit(text) {
    const first = /[\r\n]([ \t]+)\S/.exec(text)?.[1];
    return first ?? '  ';
}
/** A value as JSON: primitives as JSON writes them, containers over lines indented with the file's step. */
function serialize(text, value, replacing, unit = indentUnit(text)) {
    if (value === null || typeof value !== 'object')
        return JSON.stringify(value) ?? 'null';
    if (replacing && replacing.loc.start.line === replacing.loc.end.line && !/[\r\n]/.test(JSON.stringify(value)))
        return JSON.stringify(value);
    const json = JSON.stringify(value, null, unit);
    if (!replacing)
        return json;
    const eol = /\r\n|\n|\r/.exec(text)?.[0] ?? '\n';
    return reindent(json, eol + lineIndent(text, replacing.loc.start.offset));
}
/** Each line break of a JSON.stringify text as `lineStart` (the file's line ending and the indentation it sits at). */
function reindent(json, lineStart) {
    return json.replace(/\n/g, lineStart);
}
function parentPointer(pointer) {
    return pointer.slice(0, pointer.lastIndexOf('/'));
}
function shifted(at, by) {
    // Only ever within one line: inside a string (no raw line breaks) or next to a bracket.
    return { line: at.line, column: at.column + by, offset: at.offset + by };
}
function edit(path, start, end, text) {
    return { path, start: { line: start.line, column: start.column, offset: start.offset }, end: { line: end.line, column: end.column, offset: end.offset }, text };
}

;// CONCATENATED MODULE: ./src/engine/fix/resolve.ts
// Where a finding's fix lands. A rule states its changes on the packaged files; they become text edits on those
// files first (toFinding), then, once source mapping knows where each packaged file came from, on the repository
// file instead: the same file for folder packages, the manifest a zip was built from, a toolkit project's template.
// A source whose value differs from the packaged one (a `${{VAR}}` the build fills in) is not edited: the fix then
// stays on the packaged file, with the reason.



const packagedTrees = new WeakMap();
/** The draft's fix as edits on the packaged files; undefined when there is none or it cannot be made there. */
function packagedFix(draft, pkg) {
    if (!draft.fix || !pkg)
        return undefined;
    // The file first, as the report reads best: {file, op, pointer, …}.
    const changes = draft.fix.changes.map(({ file, ...c }) => ({ file: pkg.findName(file ?? draft.file ?? '') ?? '', ...c }));
    const edits = [];
    for (const [name, group] of byFile(changes)) {
        const tree = packagedTree(pkg, name);
        const made = tree && editsFor(tree, group, name);
        if (!made || !made.ok)
            return undefined;
        edits.push(...made.edits);
    }
    if (edits.length === 0)
        return undefined;
    return { description: draft.fix.description, changes, edits, applicable: false, reason: `No repository file is known for ${[...byFile(changes).keys()].join(', ')}.` };
}
/** One fix for the places of a grouped finding (consolidate.ts): every change and edit, before source mapping. */
function combineFixes(fixes) {
    if (fixes.length <= 1)
        return fixes[0];
    const [first] = fixes;
    const others = fixes.length - 1;
    return {
        ...first,
        description: `${first.description.replace(/\.$/, '')}; the same at ${others} other place${others === 1 ? '' : 's'}.`,
        changes: fixes.flatMap((f) => f.changes),
        edits: fixes.flatMap((f) => f.edits).sort((a, b) => a.start.offset - b.start.offset),
    };
}
function packagedTree(pkg, name) {
    let trees = packagedTrees.get(pkg);
    if (!trees)
        packagedTrees.set(pkg, (trees = new Map()));
    let tree = trees.get(name);
    if (tree === undefined) {
        const doc = name && /\.json$/i.test(name) ? pkg.json(name) : undefined;
        tree = doc?.ok ? (jsonTree(doc.text, true, doc.index) ?? null) : null;
        trees.set(name, tree);
    }
    return tree;
}
function byFile(changes) {
    const out = new Map();
    for (const c of changes)
        out.set(c.file, [...(out.get(c.file) ?? []), c]);
    return out;
}
/** Moves each fix onto the repository files the package's files came from, or says why it stays on the package. */
async function retargetFixes(findings, view, files, docs) {
    const trees = new Map();
    for (const f of findings)
        if (f.fix)
            f.fix = await retarget(f.fix, { view, files, docs, trees });
}
async function retarget(fix, s) {
    const edits = [];
    const stays = (reason) => ({ ...fix, applicable: false, reason });
    for (const [name, changes] of byFile(fix.changes)) {
        const file = s.files.get(name);
        if (!file)
            return stays(noSource(s.view, name));
        const packaged = s.view.json(name);
        const doc = file.samePackagedText ? packaged : await s.docs(name, file);
        if (!doc)
            return stays(`${file.path}, where ${name} comes from, could not be read.`);
        if (file.samePackagedText || doc.text === packaged?.text) {
            // The repository file is the packaged text: the same edits, under its repository path.
            edits.push(...fix.edits.filter((e) => e.path === name).map((e) => ({ ...e, path: file.path })));
            continue;
        }
        if (!doc.ok)
            return stays(`${file.path}, where ${name} comes from, is not JSON as written (a placeholder outside quotes?), so it cannot be edited by position.`);
        const differs = changes.map((c) => sourceDiffers(c, doc, packaged, file.path)).find((r) => r !== undefined);
        if (differs)
            return stays(differs);
        let tree = s.trees.get(file.path);
        if (tree === undefined)
            s.trees.set(file.path, (tree = jsonTree(doc.text, true, doc.index) ?? null));
        const made = tree ? editsFor(tree, changes, file.path) : { ok: false, reason: 'it is not JSON' };
        if (!made.ok)
            return stays(`${file.path}: ${made.reason}.`);
        edits.push(...made.edits);
    }
    const { reason: _reason, ...rest } = fix;
    return { ...rest, edits, applicable: true };
}
/** Why the source's value cannot take the packaged file's fix: it is not the value the package holds. */
function sourceDiffers(change, source, packaged, path) {
    if (change.op !== 'replace' && change.op !== 'remove')
        return undefined;
    const written = (0,json_pointer/* resolvePointer */.cj)(source.value, change.pointer);
    if ((0,external_node_util_.isDeepStrictEqual)(written, (0,json_pointer/* resolvePointer */.cj)(packaged?.value, change.pointer)))
        return undefined;
    const how = typeof written === 'string' ? ` as ${JSON.stringify(written.length > 80 ? `${written.slice(0, 79)}…` : written)}` : written === undefined ? ' nowhere' : ' differently';
    return `${path} writes ${change.pointer}${how}, and the build makes the packaged value from it: change it there (or where its variable is set).`;
}
function noSource(view, name) {
    if (view.container === 'zip') {
        return `${name} is inside ${view.path}, and the repository file it was built from was not found (name the source with --source, or the action's source input); the zip itself is never edited.`;
    }
    return `${name} is not inside the repository, so it is not edited.`;
}


/***/ }),

/***/ 9247:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Uz: () => (/* reexport */ toolkit_project/* DEFAULT_ENVIRONMENT */.Uz),
  sz: () => (/* reexport */ DEFAULT_PATTERNS),
  lH: () => (/* reexport */ TOOL_NAME),
  FK: () => (/* reexport */ buildReport),
  nn: () => (/* reexport */ checkPaths),
  tq: () => (/* reexport */ toolkit_project/* isEnvironmentName */.tq),
  Xx: () => (/* reexport */ isPoolWorker),
  HE: () => (/* reexport */ loadAllRules),
  pR: () => (/* reexport */ loadRulesFor),
  vE: () => (/* reexport */ loadedRuleMeta),
  pN: () => (/* reexport */ readProblemRules),
  hJ: () => (/* reexport */ ruleExists),
  wc: () => (/* reexport */ runPoolWorker)
});

// UNUSED EXPORTS: ALL_AUDIENCES, checkTarget, checkView, resolveInputs, rulesFor, splitPaths

// EXTERNAL MODULE: ./src/engine/detect/connector-files.ts
var connector_files = __nccwpck_require__(6465);
// EXTERNAL MODULE: ./src/engine/detect/graph-connector-files.ts
var graph_connector_files = __nccwpck_require__(2532);
;// CONCATENATED MODULE: ./src/engine/detect/kind.ts


function detectKind(pkg) {
    if (pkg.findName('manifest.json') || nestedManifest(pkg))
        return 'teams-app';
    if ((0,connector_files/* connectorFiles */.nW)(pkg).swagger || (0,connector_files/* connectorFiles */.nW)(pkg).apiProperties)
        return 'power-platform-connector';
    // A connector folder that so far holds only its readme (an independent publisher's proposal, say).
    if ((0,connector_files/* looksLikeConnectorReadme */.pK)(pkg))
        return 'power-platform-connector';
    if ((0,graph_connector_files/* graphConnectorFiles */.zT)(pkg).length > 0)
        return 'graph-connector';
    return 'unknown';
}
/** A manifest.json one folder down (a zip made of the folder instead of its contents). */
function nestedManifest(pkg) {
    return pkg.names.find((n) => /^[^/]+\/manifest\.json$/i.test(n));
}

// EXTERNAL MODULE: ./src/engine/util/values.ts
var values = __nccwpck_require__(6489);
;// CONCATENATED MODULE: ./src/engine/detect/teams-capabilities.ts

/**
 * Capabilities of a Teams app. With the package, `api-plugin` is also reported when a declarative agent
 * file lists actions (the usual way plugins ship since manifest 1.19); without it only the manifest counts.
 */
function teamsCapabilities(manifest, pkg) {
    const m = (0,values/* asRecord */.qY)(manifest);
    if (!m)
        return [];
    const found = new Set();
    if ((0,values/* asArray */._j)(m.composeExtensions).length > 0)
        found.add('message-extension');
    const agents = (0,values/* asRecord */.qY)(m.copilotAgents);
    const legacy = (0,values/* asRecord */.qY)(m.copilotExtensions);
    const agentEntries = [...(0,values/* asArray */._j)(agents?.declarativeAgents), ...(0,values/* asArray */._j)(legacy?.declarativeCopilots)];
    if (agentEntries.length > 0)
        found.add('declarative-agent');
    if ((0,values/* asArray */._j)(legacy?.plugins).length > 0 || (0,values/* asArray */._j)(agents?.plugins).length > 0)
        found.add('api-plugin');
    if (pkg && agentEntries.some((a) => agentHasActions(pkg, (0,values/* asString */.oJ)((0,values/* asRecord */.qY)(a)?.file))))
        found.add('api-plugin');
    if ((0,values/* asArray */._j)(agents?.customEngineAgents).length > 0)
        found.add('custom-engine-agent');
    if ((0,values/* asRecord */.qY)(m.graphConnector))
        found.add('graph-connector');
    if ((0,values/* asArray */._j)(m.bots).length > 0)
        found.add('bot');
    if ((0,values/* asArray */._j)(m.staticTabs).length > 0 || (0,values/* asArray */._j)(m.configurableTabs).length > 0)
        found.add('tab');
    return [...found];
}
// Agent files sit beside manifest.json; a path that leaves the package or names nothing counts as no actions.
function agentHasActions(pkg, file) {
    if (!file?.trim())
        return false;
    const name = file.replace(/\\/g, '/').replace(/^\.\//, '');
    if (name.startsWith('/') || name.split('/').includes('..'))
        return false;
    if (!pkg.has(name))
        return false;
    return (0,values/* asArray */._j)((0,values/* asRecord */.qY)(pkg.json(name)?.value)?.actions).length > 0;
}

// EXTERNAL MODULE: ./src/engine/fix/resolve.ts + 2 modules
var resolve = __nccwpck_require__(3368);
// EXTERNAL MODULE: ./src/engine/util/compare.ts
var compare = __nccwpck_require__(4624);
;// CONCATENATED MODULE: ./src/engine/findings.ts
// Turns a rule's drafts into report findings: rule metadata, and the line and column of the pointer.


const origins = new WeakMap();
function originOf(finding) {
    return origins.get(finding);
}
function toFinding(rule, draft, pkg) {
    const file = draft.file ?? '';
    const pointer = draft.pointer ?? '';
    const finding = {
        ruleId: rule.id,
        severity: draft.severity ?? rule.severity,
        message: draft.message,
        file,
        pointer,
        source: null,
        audiences: [...(draft.audiences ?? rule.audiences)],
        docs: rule.docs,
    };
    const position = draft.line !== undefined ? { line: draft.line, column: draft.column ?? 1 } : locate(pkg, file, pointer);
    if (position) {
        finding.line = position.line;
        finding.column = position.column;
    }
    if (draft.repeat || rule.restatedBy)
        origins.set(finding, { repeat: draft.repeat, restatedBy: rule.restatedBy });
    const fix = (0,resolve/* packagedFix */.Ed)(draft, pkg);
    if (fix)
        finding.fix = fix;
    return finding;
}
function locate(pkg, file, pointer) {
    if (!pkg || !file || !/\.json$/i.test(file) || !pkg.has(file))
        return undefined;
    return pkg.json(file)?.locate(pointer);
}
const ORDER = { error: 0, warning: 1, notice: 2 };
/** Errors first, then by file and position, so every output lists findings the same way on every machine. */
function sortFindings(findings) {
    return findings.sort((a, b) => ORDER[a.severity] - ORDER[b.severity] ||
        (0,compare/* compareStrings */.K)(a.file, b.file) ||
        (a.line ?? 0) - (b.line ?? 0) ||
        (a.column ?? 0) - (b.column ?? 0) ||
        (0,compare/* compareStrings */.K)(a.ruleId, b.ruleId));
}

// EXTERNAL MODULE: ./src/engine/types.ts
var types = __nccwpck_require__(3171);
;// CONCATENATED MODULE: ./src/engine/consolidate.ts
// One root cause, one finding. Runs once per package, after the rules:
// - the same defect reported by two rules at one file and pointer (a rule's `restatedBy`) is kept once, as the
//   more precise finding, at the higher of the two severities;
// - one defect that a rule found in several places of one file (drafts with the same `repeat.summary`) becomes one
//   finding at the first place; its message lists the places, and `related` keeps each one for SARIF.
// A reviewer who sees 20 findings on every pull request stops reading them; 19 operations naming one undefined
// security scheme are one thing to fix.



const RANK = { error: 0, warning: 1, notice: 2 };
/** Places named in a grouped message; the others are counted ("and 12 more") and all stay in `related`. */
const PLACES_IN_MESSAGE = 8;
function consolidate(findings) {
    return groupRepeats(mergeRestated(findings));
}
function mergeRestated(findings) {
    if (!findings.some((f) => originOf(f)?.restatedBy))
        return findings;
    const buckets = new Map();
    for (const f of findings) {
        const key = `${f.file}\u0000${f.pointer}`;
        const bucket = buckets.get(key);
        if (bucket)
            bucket.push(f);
        else
            buckets.set(key, [f]);
    }
    const dropped = new Set();
    for (const bucket of buckets.values()) {
        if (bucket.length < 2)
            continue;
        const restater = (g) => bucket.find((s) => s !== g && originOf(g)?.restatedBy?.includes(s.ruleId));
        const merges = [];
        for (const g of bucket) {
            let into = restater(g);
            // Follow the chain to the most precise finding (schema → Graph rule → placeholder); bounded by the bucket.
            for (let hops = 0, next = into && restater(into); next && hops < bucket.length; hops++, next = restater(next))
                into = next;
            if (into)
                merges.push({ from: g, into, specific: bucket.some((o) => o !== g && originOf(o)?.restatedBy?.includes(g.ruleId)) });
        }
        // The more precise findings merge first, so that when the message grows it grows by their words.
        merges.sort((a, b) => Number(b.specific) - Number(a.specific) || RANK[a.from.severity] - RANK[b.from.severity]);
        for (const { from, into } of merges) {
            if (RANK[from.severity] < RANK[into.severity]) {
                // The restated finding is what makes this an error: its words say why.
                into.message = `${into.message} ${from.message}`;
                into.severity = from.severity;
            }
            into.audiences = types/* ALL_AUDIENCES */.k.filter((a) => into.audiences.includes(a) || from.audiences.includes(a));
            dropped.add(from);
        }
    }
    return dropped.size ? findings.filter((f) => !dropped.has(f)) : findings;
}
function groupRepeats(findings) {
    const groups = new Map();
    const out = [];
    for (const f of findings) {
        const repeat = originOf(f)?.repeat;
        if (!repeat) {
            out.push(f);
            continue;
        }
        const key = [f.ruleId, f.file, f.severity, f.audiences.join(','), repeat.summary].join('\u0000');
        const group = groups.get(key);
        if (group)
            group.push(f);
        else {
            groups.set(key, [f]);
            out.push(f);
        }
    }
    if (groups.size === 0)
        return findings;
    const grouped = new Map();
    for (const members of groups.values())
        if (members.length > 1)
            grouped.set(members[0], merged(members));
    return grouped.size ? out.map((f) => grouped.get(f) ?? f) : out;
}
function merged(members) {
    const sorted = [...members].sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity) || (a.column ?? 0) - (b.column ?? 0));
    const [first, ...rest] = sorted;
    const summary = originOf(first).repeat.summary;
    const places = sorted.map((m) => originOf(m).repeat.place);
    const named = places.slice(0, PLACES_IN_MESSAGE).join(', ');
    const more = places.length > PLACES_IN_MESSAGE ? ` and ${places.length - PLACES_IN_MESSAGE} more` : '';
    const fix = (0,resolve/* combineFixes */.BS)(sorted.flatMap((m) => (m.fix ? [m.fix] : [])));
    return {
        ...first,
        message: `${summary.replace(/\{n\}/g, String(places.length))}: ${named}${more}.`,
        related: rest.map((m) => ({ pointer: m.pointer, ...(m.line !== undefined ? { line: m.line, column: m.column } : {}), message: m.message })),
        // One finding for every place: its fix makes the change at every place.
        ...(fix ? { fix } : {}),
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/engine/json/document.ts + 2 modules
var json_document = __nccwpck_require__(4693);
// EXTERNAL MODULE: ./src/engine/read/limits.ts
var limits = __nccwpck_require__(8083);
// EXTERNAL MODULE: ./src/engine/read/toolkit/files.ts
var files = __nccwpck_require__(1941);
// EXTERNAL MODULE: ./src/engine/read/toolkit/project.ts
var toolkit_project = __nccwpck_require__(3883);
// EXTERNAL MODULE: ./src/engine/read/toolkit/yml.ts
var yml = __nccwpck_require__(2168);
;// CONCATENATED MODULE: ./src/engine/read/inputs.ts
// Turns paths and globs into package targets. A folder that is not itself a package is searched for
// packages (zips, package folders, Graph connector JSON files), so one path can cover a monorepo.
// A path that exists is taken as it is (connector folders are named "Asite (Canada)" or "Blackbaud Raiser's Edge");
// only an input that names nothing on disk is expanded as a glob. What a search or a glob finds is discovered, not
// named: JSON there that is not a package (ARM parameters, Logic App workflows, the connectors repository's
// templates/) is skipped and listed, while a path the user names is always checked, package or not.
// A Microsoft 365 Agents Toolkit project (a folder with m365agents.yml or teamsapp.yml) is one package, built from
// source; the old zips in its build folder that a search or a glob finds are left to it.










/** Largest part of a split Graph connector definition parsed while deciding how to read its folder. */
const MAX_SPLIT_PART_BYTES = limits/* MAX_JSON_CHARS */.GZ;
/** Where packages usually are when no path is given. */
const DEFAULT_PATTERNS = [
    '**/{m365agents,teamsapp}{,.local}.yml',
    '**/appPackage/build/*.zip',
    '**/appPackage/*.zip',
    '**/apiDefinition.swagger.json',
];
const IGNORED_DIRS = new Set(['node_modules', '.git', '.github', 'dist', 'coverage']);
const MARKERS = [/^manifest\.json$/i, /^api\s*definition\.swagger\.json$/i, /^api\s*properties\.json$/i];
const MAX_SEARCH_DEPTH = 8;
/** Most files of a toolkit project's app folder compared with its built zip. */
const MAX_PROJECT_FILES = 500;
/**
 * Characters without which an input cannot be a glob. The glob library (tinyglobby with picomatch and fdir) is
 * imported only for inputs that have one, since most runs name paths and a cold start is budgeted (DESIGN.md §6);
 * the library itself then decides whether the input is a pattern.
 */
const MAYBE_PATTERN = /[*?[\]{}()!+@]/;
function splitPaths(input) {
    return input
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter(Boolean);
}
async function resolveInputs(inputs, cwd, options = {}) {
    const targets = [];
    const missing = [];
    const found = { skipped: [], cwd, environment: options.environment || toolkit_project/* DEFAULT_ENVIRONMENT */.Uz, projects: new Map() };
    const seen = new Set();
    const named = new Set();
    const add = (t) => {
        if (!seen.has(t.abs)) {
            seen.add(t.abs);
            targets.push(t);
        }
    };
    for (const input of inputs) {
        const abs = (0,external_node_path_.isAbsolute)(input) ? input : (0,external_node_path_.resolve)(cwd, input);
        // What exists is used as named, whatever its characters: "Asite (Canada)" is a folder, not an extglob.
        if (await exists(abs)) {
            const targetsNamed = await expand(abs, cwd, true, found).catch(() => null);
            if (targetsNamed === null)
                missing.push(input);
            else
                for (const t of targetsNamed)
                    add(t);
            named.add(abs);
            continue;
        }
        const globber = MAYBE_PATTERN.test(input) ? await Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(382)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3382)) : undefined;
        if (globber?.isDynamicPattern(input)) {
            // Symbolic links are not followed: a pull request could link a folder to anywhere on the runner.
            const matches = await globber.glob(input, { cwd, absolute: true, onlyFiles: false, dot: false, followSymbolicLinks: false, ignore: ['**/node_modules/**', '**/.git/**'] });
            if (matches.length === 0 && !options.defaults)
                missing.push(input);
            for (const m of matches.sort()) {
                // A glob match of a package's marker file (a swagger file, a manifest, a toolkit yml) stands for its folder.
                const marker = MARKERS.some((re) => re.test((0,external_node_path_.basename)(m))) || yml/* PROJECT_YML_NAMES */.kH.includes((0,external_node_path_.basename)(m));
                const path = marker ? (0,external_node_path_.resolve)(m, '..') : m.replace(/\/$/, '');
                for (const t of await expand(path, cwd, false, found))
                    add(t);
            }
            continue;
        }
        if (!options.defaults)
            missing.push(input);
    }
    // A file a glob matched inside a package that is checked (a connector's settings.json, a toolkit project's
    // infra/azure.parameters.json) is part of it, not skipped.
    const within = (abs) => targets.some((t) => abs === t.abs || ((t.type === 'folder' || t.type === 'toolkit-project') && abs.startsWith(t.abs + external_node_path_.sep)));
    const skipped = uniqueBy(found.skipped, (s) => s.display).filter((s) => !within((0,external_node_path_.resolve)(cwd, s.display)));
    return { targets: await withoutProjectOutputs(targets, named, found), missing, skipped };
}
/**
 * The targets of one existing path. `named`: the user gave this path (it is checked whatever it holds); otherwise a
 * glob found it, and what is not a package is skipped.
 */
async function expand(abs, cwd, named, found) {
    const info = await (0,promises_.lstat)(abs);
    const display = displayPath(abs, cwd);
    if (!named) {
        const template = connectorTemplatesFolder(abs);
        if (template) {
            found.skipped.push({ display: displayPath(template, cwd), reason: TEMPLATES_REASON });
            return [];
        }
    }
    if (info.isDirectory()) {
        // A toolkit project, named by its folder or by its app folder (appPackage/), is built from source.
        const project = await projectTarget(abs, found, true);
        if (project)
            return [project];
        if (await isPackageFolder(abs))
            return [{ abs, display, type: 'folder' }];
        const inner = await search(abs, cwd, 0, found);
        if (inner.length > 0 || !named)
            return inner;
        // A named folder with nothing recognisable is still checked, so the user gets a finding instead of silence.
        return [{ abs, display, type: 'folder' }];
    }
    const zip = (await isZip(abs)) || /\.zip$/i.test(abs);
    if (zip)
        return [await zipTarget(abs, display, found)];
    if (named)
        return [{ abs, display, type: 'file' }];
    if (/\.json$/i.test(abs)) {
        const reason = await notAPackage(abs);
        if (!reason)
            return [{ abs, display, type: 'file' }];
        found.skipped.push({ display, reason });
        return [];
    }
    found.skipped.push({ display, reason: 'not a zip, a package folder or a JSON definition' });
    return [];
}
async function search(dir, cwd, depth, found, skip) {
    if (depth > MAX_SEARCH_DEPTH)
        return [];
    const out = [];
    const entries = (await (0,promises_.readdir)(dir, { withFileTypes: true })).sort((a, b) => (0,compare/* compareStrings */.K)(a.name, b.name));
    if (await isSplitConnectorFolder(dir, entries))
        return [{ abs: dir, display: displayPath(dir, cwd), type: 'folder' }];
    const connectorsRepository = isConnectorsRepository(entries);
    const searched = (e) => e.isDirectory() && !IGNORED_DIRS.has(e.name) && !e.name.startsWith('.') && !(connectorsRepository && e.name === 'templates');
    // One listing tells a project, a package folder or a folder to search. Large trees have thousands of folders:
    // read one at a time, the connectors repository waited a third of a second on them, so they are read ahead.
    const listing = listingsAhead(entries.filter(searched).map((e) => (0,external_node_path_.join)(dir, e.name)), LISTINGS_AHEAD);
    for (const e of entries) {
        const abs = (0,external_node_path_.join)(dir, e.name);
        if (e.isDirectory()) {
            if (IGNORED_DIRS.has(e.name) || e.name.startsWith('.') || abs === skip)
                continue;
            if (connectorsRepository && e.name === 'templates') {
                found.skipped.push({ display: displayPath(abs, cwd), reason: TEMPLATES_REASON });
                continue;
            }
            const names = await listing(abs);
            const project = names.some((n) => yml/* PROJECT_YML_NAMES */.kH.includes(n)) ? await projectTarget(abs, found, false) : undefined;
            if (project) {
                // The project is one package; the rest of its folder may hold others (a connector schema in JSON).
                out.push(project);
                out.push(...(await search(abs, cwd, depth + 1, found, (0,external_node_path_.dirname)(found.projects.get(abs)?.manifest ?? abs))));
            }
            else if (isPackageListing(names))
                out.push({ abs, display: displayPath(abs, cwd), type: 'folder' });
            else
                out.push(...(await search(abs, cwd, depth + 1, found)));
        }
        else if (e.isFile()) {
            if (/\.zip$/i.test(e.name))
                out.push(await zipTarget(abs, displayPath(abs, cwd), found));
            else if (/\.json$/i.test(e.name) && (await mayBeGraphConnector(abs))) {
                // The sniff matched a key name; the parsed file decides (ARM parameters name a "connectorId" too).
                const reason = await notAPackage(abs);
                if (reason)
                    found.skipped.push({ display: displayPath(abs, cwd), reason });
                else
                    out.push({ abs, display: displayPath(abs, cwd), type: 'file' });
            }
        }
    }
    return out;
}
/** Folder listings a search reads ahead of the one it uses: enough to keep the file system busy. */
const LISTINGS_AHEAD = 32;
/**
 * The listings of `folders`, each read up to `ahead` folders before it is asked for; they are asked for in order
 * (some may be passed over). A folder of thousands of folders never holds more than `ahead` listings at once.
 */
function listingsAhead(folders, ahead) {
    const position = new Map(folders.map((f, i) => [f, i]));
    const pending = new Map();
    let started = 0;
    return (folder) => {
        const i = position.get(folder);
        if (i === undefined)
            return (0,promises_.readdir)(folder).catch(() => []);
        for (; started < folders.length && started <= i + ahead; started++)
            pending.set(started, (0,promises_.readdir)(folders[started]).catch(() => []));
        const listing = pending.get(i) ?? (0,promises_.readdir)(folder).catch(() => []);
        for (const k of pending.keys())
            if (k <= i)
                pending.delete(k);
        return listing;
    };
}
const TEMPLATES_REASON = 'templates of the microsoft/PowerPlatformConnectors repository, not connectors';
const CONNECTOR_FOLDERS = ['certified-connectors', 'independent-publisher-connectors'];
/** A folder laid out as microsoft/PowerPlatformConnectors: its templates/ hold placeholder connectors. */
function isConnectorsRepository(entries) {
    return entries.some((e) => e.isDirectory() && CONNECTOR_FOLDERS.includes(e.name)) && entries.some((e) => e.isDirectory() && e.name === 'templates');
}
/** The connectors repository's templates/ folder that `abs` lies in (or is), if any. */
function connectorTemplatesFolder(abs) {
    const parts = abs.split(external_node_path_.sep);
    for (let i = parts.length - 1; i > 0; i--) {
        if (parts[i] !== 'templates')
            continue;
        const parent = parts.slice(0, i).join(external_node_path_.sep) || external_node_path_.sep;
        if (CONNECTOR_FOLDERS.some((f) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(parent, f))))
            return parts.slice(0, i + 1).join(external_node_path_.sep);
    }
    return undefined;
}
/**
 * Why a JSON file found by a search or a glob is not a package, or undefined when it is one (a Graph connector
 * definition). A file too large to parse here, or not JSON at all, is kept: the check reports what is wrong with it.
 */
async function notAPackage(path) {
    const parsed = await parseSmallJson(path);
    if (parsed === NOT_PARSED)
        return undefined;
    if ((0,graph_connector_files/* looksLikeGraphConnector */.Rj)(parsed))
        return undefined;
    const root = parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : {};
    const schema = typeof root.$schema === 'string' ? root.$schema : '';
    if (/deploymentParameters\.json/i.test(schema))
        return 'ARM deployment parameters, not a package';
    if (/deploymentTemplate\.json/i.test(schema))
        return 'an ARM deployment template, not a package';
    const definition = root.definition !== null && typeof root.definition === 'object' ? root.definition : undefined;
    if (definition && (/workflowdefinition\.json/i.test(String(definition.$schema ?? '')) || 'triggers' in definition || 'actions' in definition)) {
        return 'a Logic App or Power Automate workflow, not a package';
    }
    return 'JSON that is not a Graph connector definition';
}
const NOT_PARSED = Symbol('not parsed');
/** The parsed JSON of a file of at most MAX_SPLIT_PART_BYTES; NOT_PARSED when larger, unreadable or not JSON. */
async function parseSmallJson(path) {
    try {
        if ((await (0,promises_.lstat)(path)).size > MAX_SPLIT_PART_BYTES)
            return NOT_PARSED;
        return JSON.parse((0,json_document/* stripBom */.F)(await (0,promises_.readFile)(path, 'utf8')));
    }
    catch {
        return NOT_PARSED;
    }
}
async function exists(path) {
    return (await (0,promises_.lstat)(path).catch(() => null)) !== null;
}
function uniqueBy(items, key) {
    const seen = new Set();
    return items.filter((item) => !seen.has(key(item)) && !!seen.add(key(item)));
}
async function isPackageFolder(dir) {
    return isPackageListing(await (0,promises_.readdir)(dir).catch(() => []));
}
function isPackageListing(names) {
    return names.some((n) => MARKERS.some((m) => m.test(n)));
}
/**
 * The toolkit project in `dir` (or, when `appFolder`, the project whose app folder `dir` is) as a target. Files are
 * read inside the working folder only, or inside the project when it lies outside.
 */
async function projectTarget(dir, found, appFolder) {
    const root = (0,files/* isInside */.FK)(found.cwd, dir) ? found.cwd : dir;
    const project = (await (0,toolkit_project/* openProject */.U8)(dir, found.environment, root)) ?? (appFolder ? await (0,toolkit_project/* projectOfAppFolder */.Em)(dir, found.environment, found.cwd) : undefined);
    if (!project)
        return undefined;
    found.projects.set(project.dir, project);
    return { abs: project.dir, display: displayPath(project.yml.abs, found.cwd), type: 'toolkit-project', inputs: (0,toolkit_project/* projectInputs */.tX)(project) };
}
/** A zip; one in a toolkit project's build folder is built from the project, whose files it lists as inputs. */
async function zipTarget(abs, display, found) {
    for (let dir = (0,external_node_path_.dirname)(abs), i = 0; i < 4 && (0,files/* isInside */.FK)(found.cwd, dir); dir = (0,external_node_path_.dirname)(dir), i++) {
        const project = found.projects.get(dir) ?? (await (0,toolkit_project/* openProject */.U8)(dir, found.environment, found.cwd));
        if (project && isProjectOutput(abs, project))
            return { abs, display, type: 'zip', inputs: [abs, ...(0,toolkit_project/* projectInputs */.tX)(project)] };
        if (dir === found.cwd)
            break;
    }
    return { abs, display, type: 'zip' };
}
function isProjectOutput(zip, p) {
    return (0,external_node_path_.dirname)(zip) === (0,toolkit_project/* buildFolderOf */._F)(p) || (0,external_node_path_.dirname)(zip) === (0,external_node_path_.join)(p.dir, 'appPackage', 'build');
}
/**
 * A toolkit project and the zips of its build folder found in the same run (by a pattern or a folder search) are one
 * package checked once: the zip the toolkit wrote for this environment when it is at least as new as every file it
 * is built from (a build step earlier in the workflow: the artifact itself), else the project from source (an old
 * build left on a developer's machine). Zips named explicitly are always checked.
 */
async function withoutProjectOutputs(targets, named, found) {
    const projects = targets.filter((t) => t.type === 'toolkit-project');
    if (projects.length === 0)
        return targets;
    const drop = new Set();
    for (const target of projects) {
        const project = found.projects.get(target.abs);
        if (!project)
            continue;
        const outputs = targets.filter((t) => t.type === 'zip' && !named.has(t.abs) && isProjectOutput(t.abs, project));
        const fresh = outputs.find((t) => t.abs === project.zip);
        const useZip = !!fresh && (await newerThanInputs(fresh.abs, project)) && !named.has(target.abs);
        for (const t of outputs)
            if (!useZip || t !== fresh)
                drop.add(t);
        if (useZip)
            drop.add(target);
    }
    return targets.filter((t) => !drop.has(t));
}
/** True when the zip was written after (or with) every file of the project it is built from. */
async function newerThanInputs(zip, p) {
    const built = (await (0,promises_.lstat)(zip).catch(() => null))?.mtimeMs;
    if (built === undefined)
        return false;
    const sources = [p.yml.abs, p.envFile, ...(await (0,files/* filesBelow */.DR)(p.appDir, MAX_PROJECT_FILES)).filter((f) => !(0,files/* isInside */.FK)((0,external_node_path_.dirname)(p.zip), f))];
    for (const f of sources)
        if (((await (0,promises_.lstat)(f).catch(() => null))?.mtimeMs ?? 0) > built)
            return false;
    return true;
}
/**
 * A Graph connector definition split across two files (the connection in one, the schema in the other) alone in a
 * folder is one package: checked together, the rules that need both parts (templates, Copilot labels) can run.
 */
async function isSplitConnectorFolder(dir, entries) {
    if (entries.some((e) => e.isDirectory() && !IGNORED_DIRS.has(e.name) && !e.name.startsWith('.')))
        return false;
    const json = entries.filter((e) => e.isFile() && /\.json$/i.test(e.name)).map((e) => (0,external_node_path_.join)(dir, e.name));
    const sniffed = [];
    for (const path of json)
        if (await mayBeGraphConnector(path))
            sniffed.push(path);
    if (sniffed.length !== 2)
        return false;
    const parts = await Promise.all(sniffed.map(async (path) => {
        const parsed = await parseSmallJson(path);
        return parsed === NOT_PARSED ? {} : (0,graph_connector_files/* connectorParts */.qP)(parsed);
    }));
    const only = (p, part) => !!p[part] && !p[part === 'connection' ? 'schema' : 'connection'];
    return (only(parts[0], 'connection') && only(parts[1], 'schema')) || (only(parts[0], 'schema') && only(parts[1], 'connection'));
}
async function isZip(path) {
    const fh = await (0,promises_.open)(path, 'r').catch(() => null);
    if (!fh)
        return false;
    try {
        const buf = Buffer.alloc(4);
        await fh.read(buf, 0, 4, 0);
        return buf[0] === 0x50 && buf[1] === 0x4b;
    }
    finally {
        await fh.close();
    }
}
// Cheap sniff before the full read: standalone definitions mention these keys near the top.
async function mayBeGraphConnector(path) {
    const fh = await (0,promises_.open)(path, 'r').catch(() => null);
    if (!fh)
        return false;
    try {
        const buf = Buffer.alloc(4096);
        const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
        const head = buf.subarray(0, bytesRead).toString('utf8');
        // A bare top-level array of schema properties counts too (many repositories keep the schema that way).
        return /"(externalConnection|baseType|activitySettings|searchSettings|contentCategory|urlToItemResolvers|connectorId)"/.test(head) ||
            ((/"properties"\s*:\s*\[/.test(head) || /^\uFEFF?\s*\[/.test(head)) && /"(isSearchable|isRetrievable|isQueryable|isRefinable|labels)"/.test(head));
    }
    finally {
        await fh.close();
    }
}
function displayPath(abs, cwd) {
    const rel = (0,external_node_path_.relative)(cwd, abs);
    // Keep paths relative to the working directory (also ../x), so reports read the same on every machine.
    const shown = rel === '' ? '.' : (0,external_node_path_.isAbsolute)(rel) ? abs : rel;
    return shown.split(external_node_path_.sep).join('/');
}

// EXTERNAL MODULE: ./src/engine/read/package-view.ts
var package_view = __nccwpck_require__(165);
;// CONCATENATED MODULE: ./src/engine/read/problems.ts
// Collects read problems with a cap, so a hostile archive (1,000 unsafe names) gives a readable report:
// the first MAX_READ_PROBLEMS are listed, the rest are counted in one summary problem per rule.

class ProblemList {
    max;
    listed = [];
    dropped = new Map();
    constructor(max = limits/* MAX_READ_PROBLEMS */.n) {
        this.max = max;
    }
    push(problem) {
        if (this.listed.length < this.max)
            this.listed.push(problem);
        else
            this.dropped.set(problem.ruleId, (this.dropped.get(problem.ruleId) ?? 0) + 1);
    }
    get size() {
        return this.listed.length;
    }
    toArray() {
        const summaries = [...this.dropped].map(([ruleId, n]) => ({
            ruleId,
            message: `${n} more problem${n === 1 ? '' : 's'} of this kind ${n === 1 ? 'was' : 'were'} not listed.`,
        }));
        return [...this.listed, ...summaries];
    }
}

;// CONCATENATED MODULE: ./src/engine/read/folder.ts
// Reads an unzipped package folder. Symbolic links are refused (they could point anywhere on the runner,
// for example at the checkout's .git/config, which holds the workflow's token).
// The few small files of a package are read with the synchronous calls: fs/promises took ten times the CPU time
// (1.7 s against 0.15 s for the 990 connectors of microsoft/PowerPlatformConnectors), and packages are read one
// at a time on a thread anyway (many packages are spread over worker threads, src/engine/pool).





/** Folders never part of a package (tooling and VCS). */
const SKIPPED = new Set(['node_modules', '.git']);
async function readFolder(dir, displayPath = dir) {
    const files = new Map();
    const problems = new ProblemList();
    let total = 0;
    let full = false;
    const walk = (abs, rel, depth) => {
        if (depth > limits/* MAX_FOLDER_DEPTH */.eE) {
            problems.push({ ruleId: 'package.zip-limit', message: `"${rel}" is nested deeper than ${limits/* MAX_FOLDER_DEPTH */.eE} folders; it was not read.` });
            return;
        }
        const entries = (0,external_node_fs_.readdirSync)(abs, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const entry of entries) {
            if (full)
                return;
            const name = rel ? `${rel}/${entry.name}` : entry.name;
            const path = (0,external_node_path_.join)(abs, entry.name);
            if (entry.isSymbolicLink()) {
                problems.push({ ruleId: 'package.zip-entry-refused', message: `"${name}" is a symbolic link; it was not followed.` });
            }
            else if (entry.isDirectory()) {
                if (!SKIPPED.has(entry.name))
                    walk(path, name, depth + 1);
            }
            else if (entry.isFile()) {
                if (files.size >= limits/* MAX_ENTRIES */.Sd) {
                    problems.push({ ruleId: 'package.zip-limit', message: `The folder holds more than ${limits/* MAX_ENTRIES */.Sd} files; the rest were not read.` });
                    full = true;
                    return;
                }
                const size = (0,external_node_fs_.lstatSync)(path).size;
                if (size > limits/* MAX_ENTRY_BYTES */.oW || total + size > limits/* MAX_TOTAL_BYTES */.gx) {
                    problems.push({ ruleId: 'package.zip-limit', file: name, message: `"${name}" is ${size} bytes, past the reading limit; it was not read.` });
                    continue;
                }
                total += size;
                files.set(name, (0,external_node_fs_.readFileSync)(path));
            }
            else {
                problems.push({ ruleId: 'package.zip-entry-refused', message: `"${name}" is not a regular file (a device, socket or pipe); it was not read.` });
            }
        }
    };
    walk(dir, '', 0);
    return { view: (0,package_view/* createPackageView */.iF)(displayPath, 'folder', files), problems: problems.toArray() };
}
/** A single JSON file as a one-file package (standalone Graph connector definitions). */
async function readSingleFile(path, name, displayPath = path) {
    const info = (0,external_node_fs_.lstatSync)(path);
    if (!info.isFile()) {
        return { view: null, problems: [{ ruleId: 'package.zip-entry-refused', message: 'The path is not a regular file; it was not read.' }] };
    }
    if (info.size > limits/* MAX_ENTRY_BYTES */.oW) {
        return { view: null, problems: [{ ruleId: 'package.zip-limit', message: `The file is ${info.size} bytes; the most read is ${limits/* MAX_ENTRY_BYTES */.oW} bytes.` }] };
    }
    return { view: (0,package_view/* createPackageView */.iF)(displayPath, 'file', new Map([[name, (0,external_node_fs_.readFileSync)(path)]])), problems: [] };
}

;// CONCATENATED MODULE: ./src/engine/read/json-problems.ts
function jsonProblems(view) {
    const problems = [];
    for (const name of view.names) {
        if (!/\.json$/i.test(name))
            continue;
        const decoded = view.decoded(name);
        const bytes = view.bytes(name);
        if (!decoded || !bytes)
            continue;
        const encoding = encodingProblem(name, decoded.encoding, bytes);
        if (encoding)
            problems.push(encoding);
        const doc = view.json(name);
        if (!doc)
            continue;
        if (doc.refused) {
            problems.push({
                ruleId: doc.refused.reason === 'depth' ? 'package.json-too-deep' : 'package.zip-limit',
                file: name,
                line: doc.refused.line,
                column: doc.refused.column,
                message: `${name} was not checked: ${doc.refused.message}.`,
            });
        }
        for (const d of doc.duplicates) {
            problems.push({
                ruleId: 'package.json-duplicate-key',
                file: name,
                pointer: d.pointer,
                line: d.line,
                column: d.column,
                message: `${name} repeats the key ${JSON.stringify(d.key)} in one object; this tool read the last value, other readers may take the first.`,
            });
        }
        if (doc.error && view.container === 'file') {
            problems.push({
                ruleId: 'package.unrecognized',
                file: name,
                line: doc.error.line,
                column: doc.error.column,
                message: `${name} is not valid JSON (${doc.error.message.replace(/\.$/, '')}), so it cannot be recognised as a Copilot (Graph) connector definition.`,
            });
        }
    }
    return problems;
}
function encodingProblem(name, encoding, bytes) {
    if (encoding === 'invalid') {
        const at = firstInvalidUtf8(bytes);
        return {
            ruleId: 'package.json-encoding',
            severity: 'error',
            file: name,
            message: `${name} is not valid UTF-8${at === undefined ? '' : ` (byte 0x${bytes[at].toString(16).padStart(2, '0')} at offset ${at})`}; save it as UTF-8.`,
        };
    }
    if (encoding === 'utf-16le' || encoding === 'utf-16be') {
        return {
            ruleId: 'package.json-encoding',
            file: name,
            message: `${name} is ${encoding === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE'} with a byte-order mark; save it as UTF-8.`,
        };
    }
    // UTF-16 or UTF-32 without a byte-order mark: JSON text starts with an ASCII character, so a NUL among the
    // first bytes gives it away (RFC 4627 §3).
    if (bytes.length >= 2 && (bytes[0] === 0 || bytes[1] === 0)) {
        return { ruleId: 'package.json-encoding', file: name, message: `${name} looks like UTF-16 or UTF-32 without a byte-order mark; save it as UTF-8.` };
    }
    return undefined;
}
/** Offset of the first byte that breaks UTF-8 (after a byte-order mark, if any). */
function firstInvalidUtf8(bytes) {
    let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    while (i < bytes.length) {
        const b = bytes[i];
        const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
        if (need < 0)
            return i;
        for (let k = 1; k <= need; k++)
            if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80)
                return i;
        // Overlong three-byte forms, surrogates and code points past U+10FFFF.
        if ((b === 0xe0 && bytes[i + 1] < 0xa0) || (b === 0xed && bytes[i + 1] > 0x9f) || (b === 0xf0 && bytes[i + 1] < 0x90) || (b === 0xf4 && bytes[i + 1] > 0x8f))
            return i;
        i += need + 1;
    }
    return undefined;
}

// EXTERNAL MODULE: ./node_modules/yauzl/index.js
var yauzl = __nccwpck_require__(663);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(8522);
var external_node_zlib_default = /*#__PURE__*/__nccwpck_require__.n(external_node_zlib_);
;// CONCATENATED MODULE: ./src/engine/read/crc32.ts
// CRC-32 of inflated entries. yauzl does not verify checksums, so a damaged or altered entry would be
// read as if it were fine; zlib.crc32 exists from Node 20.15, older Node 20 releases use the table.

let table;
function tableCrc32(data) {
    if (!table) {
        table = new Uint32Array(256);
        for (let n = 0; n < 256; n++) {
            let c = n;
            for (let k = 0; k < 8; k++)
                c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
            table[n] = c >>> 0;
        }
    }
    let crc = 0xffffffff;
    for (let i = 0; i < data.length; i++)
        crc = table[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
    return (crc ^ 0xffffffff) >>> 0;
}
const crc32_native = (external_node_zlib_default()).crc32;
function crc32(data) {
    return crc32_native ? crc32_native(data) >>> 0 : tableCrc32(data);
}
/** The table version, exported so tests can compare it with zlib's. */


// EXTERNAL MODULE: ./src/engine/util/text.ts
var util_text = __nccwpck_require__(6624);
;// CONCATENATED MODULE: ./src/engine/read/zip.ts
// Reads a zip into memory with yauzl, entry by entry, refusing what could escape the package or exhaust
// memory. Each refused entry becomes a problem (a finding later); the rest of the archive is still read.
// Limits are checked on the declared sizes before anything is inflated, and on the real bytes while inflating.








const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
async function readZip(path, displayPath = path) {
    const size = (await (0,promises_.stat)(path)).size;
    if (size > limits/* MAX_ARCHIVE_BYTES */.Ip) {
        return refuse('package.zip-limit', `The archive is ${size} bytes; the most read is ${limits/* MAX_ARCHIVE_BYTES */.Ip} bytes.`);
    }
    let zip;
    try {
        zip = await openZip(path, size);
    }
    catch (e) {
        return refuse('package.zip-corrupt', `The file is not a readable zip archive: ${errorText(e)}.`);
    }
    const problems = new ProblemList();
    const files = new Map();
    try {
        await readEntries(zip, size, files, problems);
    }
    catch (e) {
        // The central directory itself is damaged: what was read before stays, the rest cannot be found.
        problems.push({ ruleId: 'package.zip-corrupt', message: `The archive is damaged: ${errorText(e)}.` });
    }
    finally {
        zip.close();
    }
    return { view: (0,package_view/* createPackageView */.iF)(displayPath, 'zip', files), problems: problems.toArray() };
}
function refuse(ruleId, message) {
    return { view: null, problems: [{ ruleId, message }] };
}
/** The bytes of archives read whole, so that entries are sliced from memory rather than streamed. */
const wholeArchives = new WeakMap();
const ZIP_OPTIONS = { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true, strictFileNames: true };
async function openZip(path, size) {
    // A small archive is read whole: yauzl then reads headers from memory instead of making several file reads
    // per entry (1,000 entries: about 40 ms instead of 400). Larger ones are read through the file descriptor.
    if (size <= limits/* IN_MEMORY_ARCHIVE_BYTES */.Ze) {
        const buffer = await (0,promises_.readFile)(path);
        return new Promise((resolve, reject) => {
            yauzl.fromBuffer(buffer, ZIP_OPTIONS, (err, zip) => {
                if (err || !zip)
                    return reject(err ?? new Error('no archive'));
                wholeArchives.set(zip, buffer);
                resolve(zip);
            });
        });
    }
    return new Promise((resolve, reject) => {
        yauzl.open(path, ZIP_OPTIONS, (err, zip) => (err || !zip ? reject(err ?? new Error('no archive')) : resolve(zip)));
    });
}
async function readEntries(zip, archiveBytes, files, problems) {
    if (zip.entryCount > limits/* MAX_ENTRIES */.Sd) {
        problems.push({
            ruleId: 'package.zip-limit',
            message: `The archive declares ${zip.entryCount} entries; only the first ${limits/* MAX_ENTRIES */.Sd} are read.`,
        });
    }
    const state = { total: 0, names: new Set(), archiveBytes };
    let seen = 0;
    for await (const entry of entries(zip)) {
        if (++seen > limits/* MAX_ENTRIES */.Sd)
            break;
        const name = entryName(entry);
        const refusal = refusalFor(entry, name, state);
        state.names.add(name);
        if (refusal) {
            problems.push(refusal.problem);
            if (refusal.stop)
                break;
            continue;
        }
        if (name.endsWith('/'))
            continue; // a folder entry
        if (entry.isEncrypted()) {
            problems.push({ ruleId: 'package.zip-entry-refused', file: name, message: `"${name}" is encrypted and cannot be read.` });
            continue;
        }
        let data;
        try {
            data = await readEntry(zip, entry);
        }
        catch (e) {
            // One bad stream (a size that lies, bad deflate data) spoils that entry only; the directory is intact.
            problems.push({ ruleId: 'package.zip-corrupt', file: name, message: `"${name}" could not be inflated: ${errorText(e)}; it was not read.` });
            continue;
        }
        if (crc32(data) !== entry.crc32 >>> 0) {
            problems.push({ ruleId: 'package.zip-corrupt', file: name, message: `"${name}" fails its CRC-32 check: it is damaged or was altered; it was not read.` });
            continue;
        }
        state.total += data.byteLength;
        files.set(name, data);
    }
}
async function* entries(zip) {
    while (true) {
        const entry = await new Promise((resolve, reject) => {
            const onEntry = (e) => {
                cleanup();
                resolve(e);
            };
            const onEnd = () => {
                cleanup();
                resolve(null);
            };
            const onError = (err) => {
                cleanup();
                reject(err);
            };
            const cleanup = () => {
                zip.off('entry', onEntry);
                zip.off('end', onEnd);
                zip.off('error', onError);
            };
            zip.on('entry', onEntry);
            zip.on('end', onEnd);
            zip.on('error', onError);
            zip.readEntry();
        });
        if (!entry)
            return;
        yield entry;
    }
}
function entryName(entry) {
    const raw = entry.fileName;
    return yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, raw, entry.extraFields, true);
}
function refusalFor(entry, name, state) {
    // Unsafe names are shown only in the message: they are not files of the package.
    const refused = (message) => ({ problem: { ruleId: 'package.zip-entry-refused', message } });
    const shown = JSON.stringify(name);
    if (name === '')
        return refused('An entry has an empty name.');
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f]/.test(name))
        return refused(`The entry ${shown} has control characters in its name.`);
    if (name.includes('\\'))
        return refused(`The entry ${shown} uses backslashes; zip entry names must use "/".`);
    if (/^[a-zA-Z]:/.test(name) || name.startsWith('/'))
        return refused(`The entry ${shown} has an absolute path.`);
    if (name.split('/').includes('..'))
        return refused(`The entry ${shown} points outside the package ("..").`);
    if (((entry.externalFileAttributes >>> 16) & S_IFMT) === S_IFLNK)
        return refused(`The entry ${shown} is a symbolic link.`);
    if (state.names.has(name))
        return refused(`The entry ${shown} appears more than once; only the first copy is read.`);
    const limit = (message, stop = false) => ({ problem: { ruleId: 'package.zip-limit', file: name, message }, stop });
    const size = entry.uncompressedSize;
    if (size > limits/* MAX_ENTRY_BYTES */.oW) {
        return limit(`The entry ${shown} inflates to ${size} bytes; the limit is ${limits/* MAX_ENTRY_BYTES */.oW} bytes.`);
    }
    if (state.total + size > limits/* MAX_TOTAL_BYTES */.gx) {
        return limit(`Reading ${shown} would take the package past ${limits/* MAX_TOTAL_BYTES */.gx} inflated bytes; it was not read.`);
    }
    const ratio = size / Math.max(1, entry.compressedSize);
    if (size > limits/* RATIO_FLOOR_BYTES */.$5 && ratio > limits/* MAX_COMPRESSION_RATIO */.eY) {
        return limit(`The entry ${shown} is compressed ${Math.round(ratio)}:1; more than ${limits/* MAX_COMPRESSION_RATIO */.eY}:1 looks like a zip bomb.`);
    }
    // Overlapping entries share one compressed stream, so each looks modest; the archive as a whole does not.
    const inflated = state.total + size;
    if (inflated > limits/* RATIO_FLOOR_BYTES */.$5 && inflated / Math.max(1, state.archiveBytes) > limits/* MAX_COMPRESSION_RATIO */.eY) {
        return limit(`Reading ${shown} would inflate this ${state.archiveBytes}-byte archive to ${inflated} bytes, more than ` +
            `${limits/* MAX_COMPRESSION_RATIO */.eY} times its size, as zip bombs do; it and the entries after it were not read.`, true);
    }
    return undefined;
}
async function readEntry(zip, entry) {
    // The compressed bytes are read raw and inflated in one call: a zlib stream per entry costs far more than
    // the inflation of a small file. maxOutputLength stops a stream that inflates past what it declared.
    const raw = await readRaw(zip, entry);
    let data;
    if (entry.compressionMethod === 0)
        data = raw;
    else if (entry.compressionMethod === 8)
        data = inflate(raw, entry.uncompressedSize);
    else
        throw new Error(`compression method ${entry.compressionMethod} is not supported (only stored and deflate are)`);
    if (data.length !== entry.uncompressedSize) {
        throw new Error(`it inflates to ${data.length} bytes but declares ${entry.uncompressedSize}`);
    }
    return data;
}
function inflate(raw, declared) {
    try {
        return (0,external_node_zlib_.inflateRawSync)(raw, { maxOutputLength: Math.max(1, declared) });
    }
    catch (e) {
        if (e.code === 'ERR_BUFFER_TOO_LARGE')
            throw new Error(`it inflates to more than the ${declared} bytes it declares`);
        throw e;
    }
}
async function readRaw(zip, entry) {
    const whole = wholeArchives.get(zip);
    if (whole) {
        // yauzl finds where the data starts (and checks it lies within the archive); a slice costs no stream.
        const { fileDataStart } = await zip.readLocalFileHeaderPromise(entry, { minimal: true });
        return whole.subarray(fileDataStart, fileDataStart + entry.compressedSize);
    }
    return new Promise((resolve, reject) => {
        // yauzl refuses decompress: false for stored entries, whose bytes are the data already.
        zip.openReadStream(entry, entry.isCompressed() ? { decompress: false } : {}, (err, stream) => {
            if (err || !stream)
                return reject(err ?? new Error('no stream'));
            const chunks = [];
            stream.on('data', (chunk) => chunks.push(chunk));
            stream.on('error', reject);
            stream.on('end', () => resolve(Buffer.concat(chunks)));
        });
    });
}
function errorText(e) {
    const text = e instanceof Error ? e.message : String(e);
    // A scan, not /[.\s]+$/ (quadratic on a run of spaces: yauzl's messages quote entry names of up to 64 KiB).
    return (0,util_text/* trimEndOf */.fC)(text, (ch) => ch === '.' || (0,util_text/* isSpace */.xC)(ch));
}

;// CONCATENATED MODULE: ./src/engine/read/read-target.ts
// Reads one target as a package view, whatever its container. Never throws: failures are problems.





async function readTarget(target, options = {}) {
    let result;
    try {
        // A target that is itself a symbolic link could point anywhere on the runner (a pull request can add
        // appPackage/build/x.zip -> /home/runner/…); only what the link names inside a package is refused below.
        if ((await (0,promises_.lstat)(target.abs)).isSymbolicLink()) {
            return { view: null, problems: [{ ruleId: 'package.zip-entry-refused', message: 'The path is a symbolic link; it was not followed.' }] };
        }
        if (target.type === 'zip')
            result = await readZip(target.abs, target.display);
        else if (target.type === 'folder')
            result = await readFolder(target.abs, target.display);
        else if (target.type === 'toolkit-project') {
            // Loaded on demand: most runs check zips, and a cold start is budgeted (DESIGN.md §6).
            const { readToolkitProject } = await __nccwpck_require__.e(/* import() */ 245).then(__nccwpck_require__.bind(__nccwpck_require__, 2245));
            result = await readToolkitProject(target.abs, target.display, { ...options, root: options.root ?? target.abs });
        }
        else
            result = await readSingleFile(target.abs, (0,external_node_path_.basename)(target.abs), target.display);
    }
    catch (e) {
        return { view: null, problems: [{ ruleId: 'package.zip-corrupt', message: `The package could not be read: ${errorText(e)}.` }] };
    }
    if (!result.view)
        return result;
    try {
        return { ...result, problems: [...result.problems, ...jsonProblems(result.view)] };
    }
    catch (e) {
        // Checking JSON files must not lose the package: report the failure and go on without those problems.
        return { ...result, problems: [...result.problems, { ruleId: 'package.zip-corrupt', message: `The package's JSON files could not be examined: ${errorText(e)}.` }] };
    }
}

// EXTERNAL MODULE: ./src/engine/read/toolkit/stand-ins.ts
var stand_ins = __nccwpck_require__(5471);
// EXTERNAL MODULE: ./src/engine/json/pointer.ts
var json_pointer = __nccwpck_require__(5684);
// EXTERNAL MODULE: ./src/engine/rules/rule.ts
var rule = __nccwpck_require__(6690);
// EXTERNAL MODULE: ./src/engine/rules/docs-links.ts
var docs_links = __nccwpck_require__(8551);
// EXTERNAL MODULE: ./src/engine/rules/teams/shared/references.ts
var references = __nccwpck_require__(5495);
;// CONCATENATED MODULE: ./src/engine/rules/package/structure.ts
// Package structure of a Teams app: manifest.json at the root, valid JSON, every referenced file present.




const manifestAtRoot = (0,rule/* defineRule */.Km)({
    id: 'package.manifest-root',
    title: 'manifest.json is at the root of the package',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.appPackage,
    description: 'Teams and the admin center look for an entry named exactly manifest.json at the root of the zip.',
    *check({ pkg }) {
        if (pkg.has('manifest.json'))
            return;
        const wrongCase = pkg.findName('manifest.json');
        if (wrongCase) {
            yield { file: wrongCase, message: `The manifest is named "${wrongCase}"; it must be named exactly "manifest.json".` };
            return;
        }
        const nested = nestedManifest(pkg);
        yield nested
            ? { file: nested, message: `manifest.json is inside the folder "${nested.split('/')[0]}"; zip the folder's contents, not the folder.` }
            : { message: 'The package has no manifest.json at its root.' };
    },
});
const jsonParses = (0,rule/* defineRule */.Km)({
    id: 'package.json-parse',
    title: 'Every JSON file in the package parses',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['teams-app', 'power-platform-connector', 'graph-connector'],
    docs: docs_links/* DOCS */.i.appPackage,
    description: 'A JSON file that does not parse fails upload. UTF-8 with or without a byte-order mark is accepted.',
    *check({ pkg }) {
        for (const name of pkg.names) {
            if (!/\.json$/i.test(name))
                continue;
            const doc = pkg.json(name);
            if (doc?.error) {
                yield { file: name, line: doc.error.line, column: doc.error.column, message: `${name} is not valid JSON: ${doc.error.message}.` };
            }
        }
    },
});
const referencedFilesPresent = (0,rule/* defineRule */.Km)({
    id: 'package.referenced-file-missing',
    title: 'Every file the manifest references is in the package',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.appPackage,
    description: 'Icons, localization files, declarative agents, plugins and API specifications named in the manifest must be in the package.',
    *check({ pkg, manifest }) {
        if (!manifest?.ok)
            return;
        for (const ref of (0,references/* manifestReferences */.OJ)(manifest.value)) {
            const resolved = (0,references/* resolveInPackage */.WG)('manifest.json', ref.path);
            if (resolved === undefined) {
                yield { file: 'manifest.json', pointer: ref.pointer, message: `The ${ref.role} "${ref.path}" is outside the package; use a path relative to manifest.json.` };
            }
            else if (!pkg.has(resolved)) {
                const near = pkg.findName(resolved);
                yield {
                    file: 'manifest.json',
                    pointer: ref.pointer,
                    message: near
                        ? `The ${ref.role} "${ref.path}" is not in the package; "${near}" differs only in letter case, and file names are case-sensitive.`
                        : `The ${ref.role} "${ref.path}" is not in the package.`,
                };
            }
        }
    },
});

// EXTERNAL MODULE: ./src/engine/openapi/document.ts
var openapi_document = __nccwpck_require__(764);
// EXTERNAL MODULE: ./src/engine/openapi/operations.ts
var operations = __nccwpck_require__(5427);
// EXTERNAL MODULE: ./src/engine/openapi/yaml-library.ts
var yaml_library = __nccwpck_require__(6388);
;// CONCATENATED MODULE: ./src/engine/rules/package/shared/functional-values.ts
// The values a Teams app runs on, by file and pointer: ids Teams resolves, domains it allows, the endpoints Copilot
// and Teams call, and the registrations auth is looked up by. Found from each file's own shape, so that the package
// rules (loaded for every package kind) need neither the Copilot family nor the OpenAPI validator.




const MANIFEST_VALUES = [
    [/^\/id$/, 'app id'],
    [/^\/(bots|composeExtensions)\/\d+\/botId$/, 'bot id'],
    [/^\/copilotAgents\/customEngineAgents\/\d+\/id$/, "custom engine agent's bot id"],
    [/^\/validDomains\/\d+$/, 'list of valid domains'],
    [/^\/composeExtensions\/\d+\/messageHandlers\/\d+\/value\/domains\/\d+$/, 'link unfurling domain'],
    [/^\/webApplicationInfo\/(id|resource)$/, 'Microsoft Entra app registration (webApplicationInfo)'],
    [/^\/(staticTabs\/\d+\/(contentUrl|websiteUrl)|configurableTabs\/\d+\/configurationUrl)$/, 'tab URL'],
    [/^\/connectors\/\d+\/(connectorId|configurationUrl)$/, 'connector registration'],
    [/^\/graphConnector\/notificationUrl$/, 'Copilot connector notificationUrl'],
    [/^\/agentConnectors\/\d+\/toolSource\/(remote|local)McpServer\/mcpServerUrl$/, 'agent connector server URL'],
    [/^\/agentConnectors\/\d+\/toolSource\/(remote|local)McpServer\/authorization\/referenceId$/, 'agent connector auth registration'],
    [/^\/composeExtensions\/\d+\/authorization\/apiSecretServiceAuthConfiguration\/apiSecretRegistrationId$/, 'API key registration'],
];
const PLUGIN_VALUES = [
    [/^\/runtimes\/\d+\/spec\/url$/, 'plugin runtime URL'],
    [/^\/runtimes\/\d+\/auth\/reference_id$/, 'plugin auth registration (reference_id)'],
];
const SERVER_ROLE = 'API server address';
/** The role of the value at `pointer` in a JSON file, or undefined when the app does not run on it. */
function jsonValueRole(name, value, pointer) {
    const root = (0,values/* asRecord */.qY)(value);
    if (!root)
        return undefined;
    const find = (roles) => roles.find(([re]) => re.test(pointer))?.[1];
    if (name === 'manifest.json')
        return find(MANIFEST_VALUES);
    if (typeof root.schema_version === 'string' && Array.isArray(root.runtimes))
        return find(PLUGIN_VALUES);
    if (typeof root.openapi === 'string' || typeof root.swagger === 'string')
        return serverPointers(root).includes(pointer) ? SERVER_ROLE : undefined;
    return undefined;
}
/** Lines of a YAML API description that hold a server address, by line number. */
function yamlValueRoles(pkg, name) {
    const roles = new Map();
    if (!(0,yaml_library/* isYamlName */.fd)(name))
        return roles;
    const doc = (0,openapi_document/* loadApiDocument */._T)(pkg, name);
    const root = (0,values/* asRecord */.qY)(doc?.value);
    if (!doc?.ok || !root || (typeof root.openapi !== 'string' && typeof root.swagger !== 'string'))
        return roles;
    for (const p of serverPointers(root)) {
        const line = doc.locate(p)?.line;
        if (line !== undefined)
            roles.set(line, SERVER_ROLE);
    }
    return roles;
}
/** OpenAPI servers[].url at every level, or a Swagger 2.0 host. */
function serverPointers(root) {
    const out = (0,operations/* serverUrls */.gB)(root).flatMap((s) => (s.pointer.startsWith('/schemes/') ? [] : [s.pointer]));
    if (typeof root.swagger === 'string' && typeof root.host === 'string')
        out.push('/host');
    return out;
}

;// CONCATENATED MODULE: ./src/engine/rules/package/shared/text-files.ts
// Which packaged files are text, and a walk over every string in a parsed JSON or YAML value.

const BINARY_EXTENSIONS = /\.(png|jpe?g|gif|bmp|ico|webp|tiff?|pdf|zip|gz|7z|rar|exe|dll|wasm|woff2?|ttf|otf|eot|mp[34]|wav|mov|avi|docx?|xlsx?|pptx?|msapp)$/i;
/** True when the file is worth scanning as text: not a known binary format and no NUL byte in its start. */
function isTextFile(pkg, name) {
    if (BINARY_EXTENSIONS.test(name))
        return false;
    const bytes = pkg.bytes(name);
    if (!bytes)
        return false;
    const decoded = pkg.decoded(name);
    if (!decoded || decoded.encoding === 'invalid')
        return false;
    // UTF-16 text decodes fine; raw NULs in UTF-8 mean binary content with an unexpected extension.
    return decoded.encoding !== 'utf-8' || !bytes.subarray(0, 8000).includes(0);
}
/** Calls `visit` for every string value (not key) inside `value`, with its JSON pointer. */
function forEachString(value, visit, at = [], depth = 0) {
    // Depth bound: hostile documents can nest deeply; real manifests stay under a few dozen levels.
    if (depth > 200)
        return;
    if (typeof value === 'string')
        visit(value, (0,json_pointer/* pointer */.Wn)(...at));
    else if (Array.isArray(value))
        value.forEach((v, i) => forEachString(v, visit, [...at, i], depth + 1));
    else if (value !== null && typeof value === 'object') {
        for (const [k, v] of Object.entries(value))
            forEachString(v, visit, [...at, k], depth + 1);
    }
}

;// CONCATENATED MODULE: ./src/engine/rules/package/placeholders.ts
// Unresolved build-time placeholders left in packaged files: the Agents Toolkit resolves ${{VAR}} and
// $[file('...')] when it zips the package; older templates used {{VAR}} and <<VAR>>. In the values the app runs on
// (ids, domains, endpoints, auth registrations) a placeholder breaks the app; elsewhere it only ships odd text.




// `{{x}}` only with a plain identifier: plugin confirmation texts legitimately use {{function.parameters.x}},
// and Adaptive Card templates use ${x} and {{DATE(...)}}.
const PLACEHOLDER = /\$\{\{\s*[A-Za-z_][A-Za-z0-9_.]*\s*\}\}|(?<!\$)\{\{\s*[A-Za-z_][A-Za-z0-9_-]*\s*\}\}|<<\s*[A-Za-z_][A-Za-z0-9_\s-]*>>|\$\[file\(\s*['"][^'"\]]*['"]\s*\)\]/g;
/** Every placeholder in `text`, in order, with its offset. */
function findPlaceholders(text) {
    return [...text.matchAll(PLACEHOLDER)].map((m) => ({ token: m[0], index: m.index ?? 0 }));
}
function list(tokens) {
    return [...new Set(tokens)].join(', ');
}
const scans = new WeakMap();
/** The placeholder the toolkit replaces (fx-core: `${{NAME}}`, spaces allowed inside the braces). */
const TOOLKIT_PLACEHOLDER = /^\$\{\{ *[a-zA-Z_][a-zA-Z0-9_]* *\}\}$/;
/**
 * In a package built from a toolkit project: a placeholder the toolkit does not recognise ({{NAME}}, <<NAME>>,
 * ${{ NAME }} with a tab) in a file it substitutes, naming a variable the env file sets, is that variable written the
 * wrong way; the fix writes it as ${{NAME}} in the template. A correct ${{NAME}} left in a file the toolkit packages
 * as it is (a card, a tool list) has no such fix: only the value itself would do, and that is per environment.
 */
function toolkitFix(ctx, file, pointer, tokens) {
    const t = ctx.toolkit;
    if (!t || !t.substituted.has(file))
        return undefined;
    const wrong = [...new Set(tokens)].flatMap((token) => {
        const name = /^(?:\$?\{\{|<<)\s*([A-Za-z_][A-Za-z0-9_]*)\s*(?:\}\}|>>)$/.exec(token)?.[1];
        return name && t.defined.has(name) && !TOOLKIT_PLACEHOLDER.test(token) ? [{ token, name }] : [];
    });
    if (wrong.length === 0)
        return undefined;
    return {
        description: `Write ${wrong.map((w) => `${w.token} as \${{${w.name}}}`).join(', ')}, the placeholder the toolkit fills in (${t.envFile} sets ${wrong.map((w) => w.name).join(', ')}).`,
        changes: wrong.map((w) => ({ op: 'replace-text', pointer, find: w.token, text: `\${{${w.name}}}` })),
    };
}
/** The scan's drafts, with the toolkit's fix on those that have one. */
function withFixes(ctx, hits) {
    if (!ctx.toolkit)
        return [...hits];
    return hits.map((h) => {
        const { file, pointer } = h.draft;
        const fix = file && pointer !== undefined && h.tokens ? toolkitFix(ctx, file, pointer, h.tokens) : undefined;
        return fix ? { ...h, draft: { ...h.draft, fix } } : h;
    });
}
/** Every placeholder in the package, found once for both rules. */
function placeholderHits(pkg) {
    const cached = scans.get(pkg);
    if (cached)
        return cached;
    const hits = [];
    for (const name of pkg.names) {
        if (!isTextFile(pkg, name))
            continue;
        const text = pkg.text(name) ?? '';
        if (!/\{\{|<<|\$\[file/.test(text))
            continue;
        const doc = /\.json$/i.test(name) ? pkg.json(name) : undefined;
        if (doc?.ok) {
            forEachString(doc.value, (value, at) => {
                const tokens = findPlaceholders(value).map((p) => p.token);
                if (tokens.length === 0)
                    return;
                const role = jsonValueRole(name, doc.value, at);
                hits.push({ functional: role !== undefined, tokens, draft: { file: name, pointer: at, message: message(`${name} ${at}`, tokens, role) } });
            });
            continue;
        }
        // Not JSON (YAML OpenAPI descriptions), or JSON that does not parse (placeholders often are why): report by line.
        const lines = text.split(/\r\n|\r|\n/);
        const roles = yamlValueRoles(pkg, name);
        for (let i = 0; i < lines.length; i++) {
            const found = findPlaceholders(lines[i]);
            if (found.length === 0)
                continue;
            const role = roles.get(i + 1);
            hits.push({
                functional: role !== undefined,
                draft: { file: name, line: i + 1, column: found[0].index + 1, message: message(`${name} line ${i + 1}`, found.map((h) => h.token), role) },
            });
        }
    }
    scans.set(pkg, hits);
    return hits;
}
function message(where, tokens, role) {
    const what = `${where} holds the unresolved placeholder${tokens.length > 1 ? 's' : ''} ${list(tokens)}`;
    return role ? `${what}; this is the ${role}, so the app cannot work until the build fills it in.` : `${what}.`;
}
const placeholdersResolved = (0,rule/* defineRule */.Km)({
    id: 'package.unresolved-placeholder',
    title: 'No unresolved placeholders remain in packaged files',
    severity: 'warning',
    audiences: rule/* BOTH */.Ch,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.agentsToolkitEnvironments,
    description: "The Agents Toolkit replaces ${{VAR}} from env/.env.<environment> and inlines $[file('...')] when it builds the zip; a package that still holds them was zipped by hand or with a missing variable, and ships the literal text. " +
        'A warning for text fields (names, descriptions, cards): the catalogue infers this from the toolkit, and no Microsoft page states that upload rejects it. Placeholders in the values the app runs on are package.unresolved-placeholder-functional\'s, an error.',
    *check(ctx) {
        for (const hit of withFixes(ctx, placeholderHits(ctx.pkg)))
            if (!hit.functional)
                yield hit.draft;
    },
});
const placeholdersFunctional = (0,rule/* defineRule */.Km)({
    id: 'package.unresolved-placeholder-functional',
    title: 'No unresolved placeholders remain in ids, domains, endpoints or auth registrations',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.agentsToolkitEnvironments,
    description: 'A ${{VAR}}, {{VAR}} or <<VAR>> left in a value the app runs on breaks it whatever the upload says: the app id, botId, validDomains, webApplicationInfo id and resource, tab and connector URLs, the Graph connector notificationUrl, ' +
        'agent connector servers and their referenceId, API key registrations, plugin runtime URLs and reference_id, and OpenAPI servers (or a Swagger host). Copilot calls the literal text, or Teams cannot find the bot. ' +
        'An error, not a warning: nothing about the app works until the build fills these in. (A toolkit project checked from source reports its unset variables itself.)',
    *check(ctx) {
        for (const hit of withFixes(ctx, placeholderHits(ctx.pkg)))
            if (hit.functional)
                yield hit.draft;
    },
});

;// CONCATENATED MODULE: ./src/engine/rules/package/unused-files.ts
// Files in the package that nothing uses: neither manifest.json nor any file reached from it
// (declarative agent -> plugin -> OpenAPI description, localization files, templates) names them.





const FILE_FUNCTION = /\$\[file\(\s*['"]([^'"]+)['"]\s*\)\]/g;
// In YAML (OpenAPI descriptions) the only file references are $ref and externalValue values; reading them from
// the text avoids parsing large descriptions just to find none. Line by line: one expression over the whole text
// (`^\s*` with the m flag, a lazy value before `\s*$`) was quadratic on runs of blank lines or spaces.
const YAML_FILE_KEY = /^[ \t]*(?:-[ \t]*)?["']?(?:\$ref|externalValue)["']?[ \t]*:/;
function yamlFileRefs(text) {
    const out = [];
    for (const line of (0,util_text/* linesOf */.Dx)(text)) {
        const key = YAML_FILE_KEY.exec(line);
        const value = key ? (0,util_text/* yamlLineValue */.RA)(line.slice(key[0].length)) : undefined;
        if (value && !(0,util_text/* isSpace */.xC)(value[0]))
            out.push(value);
    }
    return out;
}
/** The parsed content of a JSON file, or the file references of a YAML file; undefined for other files. */
function structured(pkg, name) {
    if (/\.json$/i.test(name)) {
        const doc = pkg.json(name);
        return doc?.ok ? doc.value : undefined;
    }
    if (/\.ya?ml$/i.test(name))
        return yamlFileRefs(pkg.text(name) ?? '');
    return undefined;
}
/**
 * Every package file reachable from manifest.json. A string in a reached JSON or YAML file counts as a
 * reference when it resolves (relative to that file, fragment removed) to a file in the package: this is
 * generous on purpose, so that a file is never called unused because of a reference form we do not model.
 */
function reachableFiles(pkg, manifest) {
    const reached = new Set(['manifest.json']);
    const queue = [];
    const reach = (from, ref) => {
        const target = (0,references/* resolveInPackage */.WG)(from, ref.split('#')[0]);
        if (target && pkg.has(target) && !reached.has(target)) {
            reached.add(target);
            queue.push(target);
        }
    };
    for (const ref of (0,references/* manifestReferences */.OJ)(manifest))
        reach('manifest.json', ref.path);
    // An agent skill is its whole folder: SKILL.md and the scripts, references and assets beside it.
    for (const skill of (0,references/* skillFolders */.Xk)(manifest)) {
        if (skill.folder)
            for (const name of (0,references/* filesInFolder */.JL)(pkg, skill.folder))
                reach('manifest.json', name);
    }
    const scan = (from, value) => forEachString(value, (text) => {
        if (text.length > 2048)
            return;
        for (const m of text.matchAll(FILE_FUNCTION))
            reach(from, m[1]);
        if (text.trim() && !text.includes('\n'))
            reach(from, text.trim());
    });
    scan('manifest.json', manifest);
    while (queue.length > 0) {
        const name = queue.shift();
        const value = structured(pkg, name);
        if (value !== undefined)
            scan(name, value);
    }
    return reached;
}
const noUnusedFiles = (0,rule/* defineRule */.Km)({
    id: 'package.unused-file',
    title: 'The package holds only files the app uses',
    severity: 'warning',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.storeValidation,
    description: 'The store validation guidelines ask that the app package holds no extra files beyond the manifest and what it references. A file is used when manifest.json names it, or a file it names (declarative agent, plugin, OpenAPI description, MCP tool description, localization file, template) does; every file in an agentSkills folder belongs to its skill.',
    *check({ pkg, manifest }) {
        if (!manifest?.ok || !pkg.has('manifest.json'))
            return;
        const reached = reachableFiles(pkg, manifest.value);
        for (const name of pkg.names) {
            if (reached.has(name))
                continue;
            yield { file: name, message: `${name} is in the package but neither manifest.json nor any file it references uses it; remove it from the zip.` };
        }
    },
});

;// CONCATENATED MODULE: ./src/engine/rules/package/index.ts



const packageRules = [manifestAtRoot, jsonParses, referencedFilesPresent, placeholdersResolved, placeholdersFunctional, noUnusedFiles];

;// CONCATENATED MODULE: ./src/engine/rules/package/read-problems.ts


const ALL_KINDS = ['teams-app', 'power-platform-connector', 'graph-connector', 'unknown'];
const readProblemRules = [
    {
        id: 'package.zip-corrupt',
        title: 'The archive cannot be read',
        severity: 'error',
        audiences: rule/* BOTH */.Ch,
        kinds: ALL_KINDS,
        docs: docs_links/* DOCS */.i.appPackage,
        description: 'The file is not a zip archive, or its structure is damaged (truncated, bad central directory, bad checksums).',
    },
    {
        id: 'package.zip-entry-refused',
        title: 'An archive entry is unsafe and was not read',
        severity: 'error',
        audiences: rule/* BOTH */.Ch,
        kinds: ALL_KINDS,
        docs: docs_links/* DOCS */.i.appPackage,
        description: 'Entry names that are absolute, use backslashes, climb out with "..", repeat, or are symbolic links could write outside the package when it is unpacked; encrypted entries cannot be validated.',
    },
    {
        id: 'package.zip-limit',
        title: 'The package exceeds a reading limit',
        severity: 'error',
        audiences: rule/* BOTH */.Ch,
        kinds: ALL_KINDS,
        docs: docs_links/* DOCS */.i.appPackage,
        description: 'Too many entries, an entry or total inflated size too large, or a compression ratio typical of zip bombs. Real packages are far below these limits.',
    },
    {
        id: 'package.unrecognized',
        title: 'Not a package this tool knows',
        severity: 'error',
        audiences: rule/* BOTH */.Ch,
        kinds: ['unknown'],
        docs: docs_links/* DOCS */.i.appPackage,
        description: 'Neither a Teams app (manifest.json at the root), a Power Platform connector (apiDefinition.swagger.json, apiProperties.json) nor a Copilot (Graph) connector definition was found.',
    },
    {
        id: 'package.json-encoding',
        title: 'JSON files are UTF-8',
        severity: 'warning',
        audiences: rule/* BOTH */.Ch,
        kinds: ALL_KINDS,
        docs: docs_links/* DOCS */.i.appPackage,
        description: 'Bytes that are not valid UTF-8 are an error: the text read differs from what was written (each bad byte becomes U+FFFD). ' +
            'UTF-16 (with or without a byte-order mark) is a warning: this tool reads it, but Microsoft does not document that its ' +
            'upload and review services do, and JSON exchanged between systems must be UTF-8 (RFC 8259 §8.1). UTF-8 with a byte-order mark is accepted.',
    },
    {
        id: 'package.json-duplicate-key',
        title: 'No key appears twice in one JSON object',
        severity: 'warning',
        audiences: rule/* BOTH */.Ch,
        kinds: ALL_KINDS,
        docs: docs_links/* DOCS */.i.appPackage,
        description: 'JSON.parse keeps the last value of a repeated key, other parsers keep the first or reject the file (RFC 8259 §4: names ' +
            'should be unique), so what this tool checks may not be what Teams or Partner Center reads. A warning, because which value ' +
            'the services keep is not documented.',
    },
    {
        id: 'package.json-too-deep',
        title: 'JSON files are not nested absurdly deep',
        severity: 'error',
        audiences: rule/* BOTH */.Ch,
        kinds: ALL_KINDS,
        docs: docs_links/* DOCS */.i.appPackage,
        description: 'Arrays and objects nested more than 256 levels deep are refused unparsed: no real manifest or API description comes near ' +
            "it (the .NET JSON readers Microsoft's services use stop at 64 by default), and deeper input only serves to overflow recursive parsers.",
    },
    {
        id: 'package.toolkit-unset-variable',
        title: 'Every variable a toolkit project packages has a value',
        severity: 'error',
        audiences: rule/* BOTH */.Ch,
        kinds: ALL_KINDS,
        docs: docs_links/* DOCS */.i.agentsToolkitEnvironments,
        description: 'The Agents Toolkit replaces each ${{VAR}} in the packaged files from the process environment or env/.env.<environment>, and stops ' +
            'with "Missing environment variables" when one has no value (an empty value counts as none, except APP_NAME_SUFFIX). A variable ' +
            'that no step of the project\'s yml writes when the project is provisioned will never get one: reported once, on the line that ' +
            'first uses it. The package is still checked, with a stand-in value.',
    },
    {
        id: 'package.toolkit-stand-in',
        title: 'Variables provisioned later were checked with stand-in values',
        severity: 'notice',
        audiences: rule/* BOTH */.Ch,
        kinds: ALL_KINDS,
        docs: docs_links/* DOCS */.i.agentsToolkitEnvironments,
        description: 'A variable a step of the yml writes (teamsApp/create, botAadApp/create, aadApp/create, oauth/register, arm/deploy outputs, …) is ' +
            'often still empty in a pull request: the package is checked with a stand-in of the same kind (a GUID for ids, an https URL on ' +
            'example.com for endpoints and domains), once per variable. A secret (SECRET_*, a name like *_PASSWORD or *_TOKEN, anything in ' +
            '.env.<environment>.user) is never read: a secret in a packaged file is a warning, since everyone who installs the app can read it.',
    },
    {
        id: 'package.toolkit-build',
        title: 'A toolkit project builds as the toolkit builds it',
        severity: 'error',
        audiences: rule/* BOTH */.Ch,
        kinds: ALL_KINDS,
        docs: docs_links/* DOCS */.i.agentsToolkitManifest,
        description: "What stops the toolkit's zipAppPackage step, or changes the package it writes: a manifest that is missing or not JSON, " +
            "$[file('…')] naming a file that is missing, outside the referencing file's folder or not .txt/.md, a referenced file outside " +
            'the app folder, a value that breaks the JSON once substituted. Warnings for what the toolkit changes silently: an app id that ' +
            'is not a GUID (a new random id at every build), a plugin response template that cannot be read (dropped).',
    },
    {
        id: 'package.toolkit-typespec',
        title: 'An agent written in TypeSpec is checked once compiled',
        severity: 'notice',
        audiences: rule/* BOTH */.Ch,
        kinds: ALL_KINDS,
        docs: docs_links/* DOCS */.i.typeSpecForCopilot,
        description: 'The toolkit compiles main.tsp into appPackage/.generated (declarative agent, plugin, OpenAPI description) when it builds the ' +
            'package; a repository holds no such JSON, so the agent cannot be checked until the package is built. Build first and check the zip.',
    },
    {
        id: 'package.toolkit-connector-code',
        title: "A Graph connector defined in code is checked from its exported definition",
        severity: 'notice',
        audiences: rule/* BOTH */.Ch,
        kinds: ALL_KINDS,
        docs: docs_links/* DOCS */.i.graphManageSchema,
        description: "Graph connector samples (TypeScript, C#, PowerShell) create the external connection and its schema through Microsoft Graph at " +
            'run time; the Teams app is checked, but the connection and schema only when they are exported as JSON and checked as a Graph ' +
            'connector definition.',
    },
];

// EXTERNAL MODULE: ./src/engine/routes/route-rules.ts
var route_rules = __nccwpck_require__(7622);
;// CONCATENATED MODULE: ./src/engine/rules/index.ts



const LOADERS = {
    teams: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(359), __nccwpck_require__.e(895), __nccwpck_require__.e(16)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1867))).teamsRules,
    copilot: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(212), __nccwpck_require__.e(895), __nccwpck_require__.e(56)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7311))).copilotRules,
    // The Graph connector rules that read a Teams app, without those of standalone definitions.
    'graph-in-teams': async () => (await __nccwpck_require__.e(/* import() */ 23).then(__nccwpck_require__.bind(__nccwpck_require__, 7023))).teamsGraphRules,
    powerplatform: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(212), __nccwpck_require__.e(359), __nccwpck_require__.e(895), __nccwpck_require__.e(917)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9270))).powerPlatformRules,
    graph: async () => (await __nccwpck_require__.e(/* import() */ 312).then(__nccwpck_require__.bind(__nccwpck_require__, 4312))).graphRules,
};
/** The families whose rules can apply to a kind (a test checks that no rule is missed). */
const FAMILIES_BY_KIND = {
    'teams-app': ['teams', 'copilot', 'graph-in-teams'],
    'power-platform-connector': ['powerplatform'],
    'graph-connector': ['graph'],
    unknown: [],
};
/** The order of `loadAllRules` and of docs/rules.md (the graph family includes graph-in-teams). */
const ALL_FAMILIES = ['teams', 'copilot', 'powerplatform', 'graph'];
const loading = new Map();
/** Rules and metadata loaded so far, by id, for renderers that name a rule. */
const known = new Map([...readProblemRules, ...packageRules, ...route_rules/* ROUTE_RULES */.Wv].map((r) => [r.id, r]));
function loadFamily(family) {
    let p = loading.get(family);
    if (!p) {
        p = LOADERS[family]().then((rules) => {
            for (const r of rules)
                known.set(r.id, r);
            return rules;
        });
        loading.set(family, p);
    }
    return p;
}
const forKind = new Map();
/** The rules that apply to packages of `kind`, loading their families once per process. */
function rulesFor(kind) {
    let rules = forKind.get(kind);
    if (!rules) {
        rules = Promise.all(FAMILIES_BY_KIND[kind].map(loadFamily)).then((families) => [...packageRules, ...families.flat()].filter((r) => r.kinds.includes(kind)));
        forKind.set(kind, rules);
    }
    return rules;
}
/** Loads the families of these kinds, so that `loadedRuleMeta` knows every rule their findings can name. */
async function loadRulesFor(kinds) {
    await Promise.all([...new Set(kinds)].map(rulesFor));
}
/** Every rule of every family (for docs/rules.md, --list-rules and tests). */
async function loadAllRules() {
    const families = await Promise.all(ALL_FAMILIES.map(loadFamily));
    return [...packageRules, ...families.flat()];
}
/** Metadata of a rule whose family is loaded, of a read problem or of a route fact. */
function loadedRuleMeta(id) {
    return known.get(id);
}
/** The family that would define a rule id, by its first segment (graph-in-teams holds only part of graph). */
const FAMILY_OF_PREFIX = { teams: 'teams', copilot: 'copilot', powerplatform: 'powerplatform', graph: 'graph' };
const ALWAYS_KNOWN = new Set(['package', 'route']);
/**
 * Whether a rule id exists, as far as this process can tell without loading more families: undefined when the
 * family that would define it has not been loaded (for example a connector rule in a run over Teams apps).
 */
async function ruleExists(id) {
    if (known.has(id))
        return true;
    const prefix = id.split('.')[0];
    if (ALWAYS_KNOWN.has(prefix))
        return false;
    const family = FAMILY_OF_PREFIX[prefix];
    if (!family)
        return false;
    const loaded = loading.get(family);
    if (!loaded)
        return undefined;
    await loaded;
    return known.has(id);
}
/** Metadata of rules that are not functions of a package (read problems, route facts). */


;// CONCATENATED MODULE: ./src/engine/routes/facts.ts


/** Capabilities that make a Teams app extend Microsoft 365 Copilot (agents, their actions, Copilot connectors). */
const COPILOT_CAPABILITIES = ['message-extension', 'declarative-agent', 'api-plugin', 'graph-connector', 'custom-engine-agent'];
const AGENT_CAPABILITIES = ['declarative-agent', 'custom-engine-agent'];
function routeFacts(pkg) {
    const facts = [];
    if (pkg.kind === 'graph-connector') {
        facts.push(fact(route_rules/* STANDALONE_GRAPH_CONNECTOR */.DF, true, STANDALONE_MESSAGE, STANDALONE_NEXT));
    }
    if (pkg.kind !== 'teams-app')
        return facts;
    const version = (0,values/* asString */.oJ)((0,values/* asRecord */.qY)(pkg.manifest)?.manifestVersion);
    const parts = version && /^(\d+)\.(\d+)$/.exec(version);
    const belowM365 = !!parts && (Number(parts[1]) < 1 || (Number(parts[1]) === 1 && Number(parts[2]) < 13));
    const copilot = pkg.capabilities.filter((c) => COPILOT_CAPABILITIES.includes(c));
    if (belowM365) {
        if (copilot.length > 0) {
            facts.push(fact(route_rules/* MANIFEST_COPILOT_VERSION */.wr, true, `manifestVersion ${version} is too old for an app that extends Microsoft 365 Copilot (${copilot.join(', ')}): the store needs 1.13 or later.`, 'Raise manifestVersion to 1.13 or later (1.19 or later for agents), check the package again, then submit it.'));
        }
        facts.push({
            ruleId: route_rules/* MANIFEST_TEAMS_ONLY */._m.id,
            message: `manifestVersion ${version} keeps the app in Teams only: not in Outlook, the Microsoft 365 Copilot app or Copilot (1.13 or later runs there).`,
            // The store route is already closed for apps that extend Copilot; the caution matters wherever the route stays open.
            audiences: copilot.length > 0 ? ['single-tenant'] : route_rules/* MANIFEST_TEAMS_ONLY */._m.audiences,
            blocks: false,
        });
    }
    if (version === 'devPreview' && pkg.capabilities.some((c) => AGENT_CAPABILITIES.includes(c))) {
        facts.push(fact(route_rules/* AGENT_DEV_PREVIEW */.jt, true, 'manifestVersion is devPreview: Partner Center accepts agents only on a released manifest version.', 'Move the manifest to a released version (1.19 or later for declarative agents, 1.20 or later for custom engine agents), check again, then submit.'));
    }
    return facts;
}
const STANDALONE_MESSAGE = 'Standalone Copilot connectors cannot be submitted to Partner Center: the "Microsoft 365 and Copilot" program accepts connectors only inside a Microsoft 365 app package (a Teams app) from a verified publisher.';
const STANDALONE_NEXT = 'Package the connector in a Teams app (manifest 1.13 or later with "graphConnector" and its notificationUrl, plus "webApplicationInfo"), verify the publisher, and submit that app to Partner Center as an "Apps and agents for Microsoft 365 and Copilot" offer.';
function fact(rule, blocks, message, next) {
    return { ruleId: rule.id, message, audiences: rule.audiences, blocks, next };
}

// EXTERNAL MODULE: ./src/engine/routes/links.ts
var links = __nccwpck_require__(1736);
;// CONCATENATED MODULE: ./src/engine/routes/table.ts

// Prerequisites shared by every Partner Center submission.
const PROGRAM = {
    text: 'A Partner Center account enrolled in the "Microsoft 365 and Copilot" program (Partner Center > Account settings > Programs).',
    docs: links/* ROUTE_DOCS */.y.partnerCenterProgram,
};
const VERIFIED_PUBLISHER = {
    text: 'Publisher verification of the Microsoft Entra app registration behind the package (a Partner Center MPN ID linked to the app registration).',
    docs: links/* ROUTE_DOCS */.y.publisherVerification,
};
const TEAMS_SINGLE = {
    channel: 'admin-center-integrated-apps',
    guide: links/* ROUTE_DOCS */.y.uploadCustomApps,
    prerequisites: [
        {
            text: 'A Global Administrator or Application Administrator in the Microsoft 365 admin center (a Teams Administrator can upload it instead in Teams admin center > Teams apps > Manage apps > Upload new app).',
            docs: links/* ROUTE_DOCS */.y.uploadCustomApps,
        },
    ],
    steps: [
        { text: 'Microsoft 365 admin center (admin.microsoft.com) > Settings > Integrated apps > Upload custom apps: upload the zip.', docs: links/* ROUTE_DOCS */.y.uploadCustomApps },
        { text: 'Choose the users or groups who get it (or the whole organisation), accept the permissions it requests, then Deploy.', docs: links/* ROUTE_DOCS */.y.uploadCustomApps },
        {
            text: 'After: users find it in Teams, Outlook, the Microsoft 365 Copilot app and Copilot once the deployment has propagated; admins manage its availability and Copilot use in Settings > Integrated apps.',
            docs: links/* ROUTE_DOCS */.y.manageAgentsIntegratedApps,
        },
    ],
};
const TEAMS_MULTI = {
    channel: 'partner-center-teams-app',
    guide: links/* ROUTE_DOCS */.y.publish,
    prerequisites: [
        PROGRAM,
        VERIFIED_PUBLISHER,
        {
            text: 'Compliance with the commercial marketplace certification policies 100 (General) and 1140 (Teams), including 1140.9 for apps that extend Microsoft 365 Copilot.',
            docs: links/* ROUTE_DOCS */.y.policy11409,
        },
        { text: 'The Teams Store validation guidelines, including the section for Teams apps extensible as Microsoft 365 Copilot plugins.', docs: links/* ROUTE_DOCS */.y.storeValidationCopilot },
    ],
    steps: [
        {
            text: 'Partner Center (partner.microsoft.com) > Marketplace offers > Microsoft 365 and Copilot > + New offer > Teams app, the offer type "Apps and agents for Microsoft 365 and Copilot": upload the zip and complete the listing.',
            docs: links/* ROUTE_DOCS */.y.submitOffer,
        },
        {
            text: 'Microsoft validates the app against the certification policies and the store validation guidelines (for agents, the validation guidelines for agents and the Responsible AI checks); fix what the validation report names and resubmit.',
            docs: links/* ROUTE_DOCS */.y.publishTeamsStore,
        },
        {
            text: 'After approval the offer is live in the Microsoft commercial marketplace and ready for IT enablement: an admin enables or deploys it in Microsoft 365 admin center > Settings > Integrated apps.',
            docs: links/* ROUTE_DOCS */.y.manageAgentsIntegratedApps,
        },
        {
            text: 'Once enabled it appears in the Apps store of Microsoft 365 Copilot, Teams, Outlook, Word, Excel and PowerPoint, and an agent also in the Agent Store of Microsoft 365 Copilot; deployed by an admin or acquired by a user, it is an installed agent of Microsoft 365 Copilot.',
            docs: links/* ROUTE_DOCS */.y.publish,
        },
    ],
};
// The connector routes follow Microsoft's two certification processes: the service owner (a verified publisher)
// submits in Partner Center's Microsoft 365 and Copilot program; anyone else (an independent publisher) submits by a
// pull request to microsoft/PowerPlatformConnectors, whose certification engineers review and merge it.
const CONNECTOR_PACKAGE = {
    text: 'The connector and plugin files prepared for certification (apiDefinition.swagger.json, apiProperties.json, icon, readme), as the certification submission guide requires.',
    docs: links/* ROUTE_DOCS */.y.connectorCertification,
};
const CONNECTOR_PARTNER_CENTER_STEPS = [
    {
        text: 'Partner Center (partner.microsoft.com) > Marketplace offers > Microsoft 365 and Copilot > + New offer > Power Platform Connector: name the offer, upload the connector package and submit it.',
        docs: links/* ROUTE_DOCS */.y.connectorSubmit,
    },
    { text: 'Microsoft certifies the connector and the plugin; answer its review and resubmit until it is approved.', docs: links/* ROUTE_DOCS */.y.connectorSubmit },
    {
        text: 'After certification it is published to Power Automate, Power Apps, Logic Apps and Copilot Studio; once IT enables it in the Microsoft 365 admin center it is available to agents in Microsoft 365 Copilot.',
        docs: links/* ROUTE_DOCS */.y.publish,
    },
];
/** A verified publisher's connector (the service owner's): Partner Center. */
const CONNECTOR_VERIFIED = {
    channel: 'partner-center-power-platform-connector',
    guide: links/* ROUTE_DOCS */.y.connectorSubmit,
    prerequisites: [{ ...PROGRAM, text: `${PROGRAM.text} Verified publishers submit connectors for certification there, as a Power Platform Connector offer.` }, CONNECTOR_PACKAGE],
    steps: CONNECTOR_PARTNER_CENTER_STEPS,
};
/** A connector whose track the files do not show: the verified route, and a word on the other one. */
const CONNECTOR_PARTNER_CENTER = {
    ...CONNECTOR_VERIFIED,
    prerequisites: [
        ...CONNECTOR_VERIFIED.prerequisites,
        {
            text: 'For an independent publisher (not the owner of the service), submission is a pull request to microsoft/PowerPlatformConnectors (independent-publisher-connectors/) instead.',
            docs: links/* ROUTE_DOCS */.y.connectorCertificationIp,
        },
    ],
};
/** An independent publisher's connector: a pull request to microsoft/PowerPlatformConnectors. */
const CONNECTOR_INDEPENDENT = {
    channel: 'github-power-platform-connectors',
    guide: links/* ROUTE_DOCS */.y.connectorCertificationIp,
    prerequisites: [
        {
            text: 'Verified credentials (Microsoft Entra Verified ID in Microsoft Authenticator), presented with every pull request to independent-publisher-connectors/.',
            docs: links/* ROUTE_DOCS */.y.connectorIpPrerequisites,
        },
        { text: 'The Independent Publisher Connector Group manifesto read and agreed to: you maintain the connector and are named as its publisher.', docs: links/* ROUTE_DOCS */.y.connectorIpManifesto },
        {
            text: 'No connector for the service exists yet: search the connector reference and the repository\'s pull requests (an existing independent publisher connector can be extended instead).',
            docs: links/* ROUTE_DOCS */.y.connectorCertificationIp,
        },
    ],
    steps: [
        {
            text: 'GitHub: open a pull request against the dev branch of microsoft/PowerPlatformConnectors that adds the connector folder under independent-publisher-connectors/ (a new connector starts as "Proposal - <Connector Name> (Independent Publisher)" with its readme.md; an update of a published one goes straight to the next step).',
            docs: links/* ROUTE_DOCS */.y.connectorCertificationIp,
        },
        {
            text: 'Add apiDefinition.swagger.json, apiProperties.json and readme.md to that pull request (no icon: independent publisher connectors get the generic one), fill in its checklist, and name it "<Connector Name> (Independent Publisher)".',
            docs: links/* ROUTE_DOCS */.y.connectorIpFolder,
        },
        {
            text: 'A Microsoft certification engineer reviews the pull request (1-2 weeks a round); answer with commits to the same pull request until it is approved and merged.',
            docs: links/* ROUTE_DOCS */.y.connectorCertificationIp,
        },
        {
            text: 'After the merge Microsoft certifies the connector and deploys it to every region (about 15 business days); it then appears in Power Automate, Power Apps, Copilot Studio and Logic Apps with you named as its publisher.',
            docs: links/* ROUTE_DOCS */.y.connectorCertificationIp,
        },
    ],
};
/** The multitenant route of a connector, by its track (src/engine/detect/connector-class.ts). */
const CONNECTOR_ROUTES = {
    certified: CONNECTOR_VERIFIED,
    'independent-publisher': CONNECTOR_INDEPENDENT,
    custom: CONNECTOR_PARTNER_CENTER,
};
const ROUTE_TABLE = {
    'teams-app': { 'single-tenant': TEAMS_SINGLE, multitenant: TEAMS_MULTI },
    'power-platform-connector': {
        'single-tenant': {
            channel: 'power-apps-share',
            guide: links/* ROUTE_DOCS */.y.connectorShare,
            prerequisites: [
                {
                    text: 'The "M365 Copilot" feature turned on in the Power Platform admin center > Environments > Product > Settings > Features > M365 Copilot.',
                    docs: links/* ROUTE_DOCS */.y.publish,
                },
                {
                    text: 'The "Dynamics 365 and Copilot Studio" app deployed from Microsoft 365 admin center > Settings > Integrated apps > Available apps.',
                    docs: links/* ROUTE_DOCS */.y.publish,
                },
            ],
            steps: [
                {
                    text: 'Power Apps (make.powerapps.com) > Custom connectors > + New custom connector > Import an OpenAPI file: import apiDefinition.swagger.json (or `paconn create` with apiProperties.json and the icon).',
                    docs: links/* ROUTE_DOCS */.y.connectorImport,
                },
                { text: 'Custom connectors > the connector > Share: add the users or groups who need it.', docs: links/* ROUTE_DOCS */.y.connectorShare },
                {
                    text: 'After: the connector is usable by the people it is shared with; it only reaches Microsoft 365 Copilot (as an action agents can use) once the two prerequisites are on (until shared, only its creator sees it in Copilot Studio).',
                    docs: links/* ROUTE_DOCS */.y.publish,
                },
            ],
        },
        // Verified publishers and connectors of unknown track; an independent publisher's connector: CONNECTOR_ROUTES.
        multitenant: CONNECTOR_PARTNER_CENTER,
    },
    'graph-connector': {
        'single-tenant': {
            channel: 'admin-center-graph-connectors',
            guide: links/* ROUTE_DOCS */.y.graphConnectorSetup,
            prerequisites: [
                {
                    text: 'A Microsoft Entra app registration with the ExternalConnection.ReadWrite.OwnedBy and ExternalItem.ReadWrite.OwnedBy application permissions, consented by an admin, for the service that creates the connection and pushes items.',
                    docs: links/* ROUTE_DOCS */.y.graphCreateConnection,
                },
                { text: 'A Search Administrator or Global Administrator to manage the connection in the Microsoft 365 admin center.', docs: links/* ROUTE_DOCS */.y.graphConnectorSetup },
            ],
            steps: [
                {
                    text: 'Create the connection from this definition (POST /external/connections), register its schema and wait until the schema is ready, then push the items.',
                    docs: links/* ROUTE_DOCS */.y.graphCreateConnection,
                },
                {
                    text: 'Microsoft 365 admin center (admin.microsoft.com) > Settings > Search & intelligence > Data sources: check the connection and choose who sees its results.',
                    docs: links/* ROUTE_DOCS */.y.graphConnectorSetup,
                },
                { text: 'After indexing, the content is available to Microsoft Search and Microsoft 365 Copilot in that organisation.', docs: links/* ROUTE_DOCS */.y.graphConnectorSetup },
            ],
        },
        multitenant: {
            channel: 'partner-center-teams-app',
            guide: links/* ROUTE_DOCS */.y.graphConnectorForOtherOrgs,
            prerequisites: [PROGRAM, VERIFIED_PUBLISHER],
            // The route is closed (route.standalone-graph-connector): these steps are the way forward.
            steps: [
                {
                    text: 'Package the connector in a Teams app: manifest 1.13 or later with "graphConnector": {"notificationUrl": …} and "webApplicationInfo" for the Entra app that creates the connection.',
                    docs: links/* ROUTE_DOCS */.y.graphConnectorTeams,
                },
                { text: 'Verify the publisher of that Entra app (publisher verification).', docs: links/* ROUTE_DOCS */.y.publisherVerification },
                {
                    text: 'Submit that app to Partner Center > Marketplace offers > Microsoft 365 and Copilot as an "Apps and agents for Microsoft 365 and Copilot" offer; it then follows the teams-app route (validation, IT enablement, the Apps store).',
                    docs: links/* ROUTE_DOCS */.y.graphConnectorForOtherOrgs,
                },
            ],
        },
    },
};
// What Agent Store review checks that no file can show: run-time behaviour, the listing, and Microsoft Entra and bot
// settings outside the package (the agent validation guidelines' Must fix items this tool cannot read).
const AGENT_MULTI = {
    prerequisites: [
        { text: 'The Microsoft 365 store validation guidelines for agents (policy 1140.9).', docs: links/* ROUTE_DOCS */.y.agentValidation },
        { text: 'The Responsible AI validation checks, which run on the agent at upload and at submission.', docs: links/* ROUTE_DOCS */.y.raiValidation },
        {
            text: 'A service that meets the agent technical requirements review measures: responses within 9 s for 99%, 5 s for 75% and 2 s for 50% of calls, 99.9% availability, no regressions on resubmission, and API calls over HTTPS (TLS 1.2 or later) from your verified domain without redirects.',
            docs: links/* ROUTE_DOCS */.y.agentValidationTechnical,
        },
        {
            text: 'An agent that works on the latest Teams desktop and web, Microsoft 365 Copilot and Copilot in Word; with SSO, the Microsoft 365 client ids authorized in the Microsoft Entra app registration, and CSP frame-ancestors that allow the Microsoft 365 hosts.',
            docs: links/* ROUTE_DOCS */.y.agentValidationCompatibility,
        },
        {
            text: 'Graceful handling of wrong parameters, misuse and off-topic requests (the agent declines and offers a way forward), prompt starters that return responses, and at least one listing screenshot of the agent in Microsoft 365 Copilot.',
            docs: links/* ROUTE_DOCS */.y.agentValidationErrors,
        },
    ],
};
const CUSTOM_ENGINE_AGENT_MULTI = {
    prerequisites: [
        ...(AGENT_MULTI.prerequisites ?? []),
        {
            text: 'A bot that answers with a language model and shows an AI label, feedback buttons and citations on its messages, streams its responses, and offers at least three prompt starters or a welcome message.',
            docs: links/* ROUTE_DOCS */.y.agentValidationBots,
        },
    ],
};
/** What each capability of a Teams app adds to its routes. */
const CAPABILITY_ADDITIONS = {
    'declarative-agent': {
        'single-tenant': {
            prerequisites: [{ text: 'The agent passes the Responsible AI validation checks that run when the package is uploaded.', docs: links/* ROUTE_DOCS */.y.raiValidation }],
        },
        multitenant: AGENT_MULTI,
    },
    'api-plugin': { multitenant: AGENT_MULTI },
    'custom-engine-agent': { multitenant: CUSTOM_ENGINE_AGENT_MULTI },
    'graph-connector': {
        'single-tenant': {
            steps: [
                {
                    text: 'When an admin enables the connector, Microsoft Graph posts to the graphConnector notificationUrl; the service then creates the connection, registers the schema and pushes items.',
                    docs: links/* ROUTE_DOCS */.y.graphConnectorTeams,
                },
            ],
        },
        multitenant: {
            prerequisites: [
                {
                    text: 'The validation criteria for apps extended across Microsoft 365 clients, and the test notes Partner Center asks for (test accounts with a Copilot licence, sample prompts).',
                    docs: links/* ROUTE_DOCS */.y.storeValidationAcrossM365,
                },
            ],
        },
    },
};

;// CONCATENATED MODULE: ./src/engine/routes/evaluate.ts


function audiencesOf(option) {
    return option === 'both' ? ['single-tenant', 'multitenant'] : [option];
}
const UNKNOWN_NEXT = 'Give the path of a Teams app package, a Power Platform connector folder or a Copilot (Graph) connector definition.';
function evaluateRoutes(pkg, findings, audience) {
    const facts = routeFacts(pkg);
    return audiencesOf(audience).map((a) => {
        const fromFindings = blockersFor(findings, a);
        if (pkg.kind === 'unknown') {
            return { audience: a, channel: 'none', eligible: false, blockers: fromFindings, prerequisites: [], steps: [UNKNOWN_NEXT], next: UNKNOWN_NEXT };
        }
        const spec = specFor(pkg, a);
        const mine = facts.filter((f) => f.audiences.includes(a));
        const closing = mine.filter((f) => f.blocks);
        const blockers = [...closing.map(toBlocker), ...fromFindings];
        const cautions = mine.filter((f) => !f.blocks).map(toBlocker);
        const route = {
            audience: a,
            channel: spec.channel,
            eligible: blockers.length === 0,
            blockers,
            prerequisites: spec.prerequisites.map((p) => p.text),
            steps: spec.steps.map((s) => s.text),
            next: nextStep(spec, closing, fromFindings),
            docs: { guide: spec.guide, prerequisites: spec.prerequisites.map((p) => p.docs), steps: spec.steps.map((s) => s.docs) },
        };
        if (cautions.length > 0)
            route.cautions = cautions;
        return route;
    });
}
/** The table's route for a kind and audience, with what the package's capabilities add. */
function specFor(pkg, audience) {
    if (pkg.kind === 'unknown')
        throw new Error('no route for an unknown package');
    if (pkg.kind === 'power-platform-connector' && audience === 'multitenant' && pkg.connectorClass)
        return CONNECTOR_ROUTES[pkg.connectorClass];
    const base = ROUTE_TABLE[pkg.kind][audience];
    if (pkg.kind !== 'teams-app')
        return base;
    const prerequisites = [...base.prerequisites];
    const extraSteps = [];
    for (const c of pkg.capabilities) {
        const add = CAPABILITY_ADDITIONS[c]?.[audience];
        for (const p of add?.prerequisites ?? [])
            if (!prerequisites.some((q) => q.text === p.text))
                prerequisites.push(p);
        for (const s of add?.steps ?? [])
            if (!extraSteps.some((q) => q.text === s.text))
                extraSteps.push(s);
    }
    // Capability steps come before the last step, which says what happens after.
    const steps = [...base.steps.slice(0, -1), ...extraSteps, ...base.steps.slice(-1)];
    return { ...base, prerequisites, steps };
}
function nextStep(spec, closing, fromFindings) {
    const way = closing.find((f) => f.next);
    if (way?.next)
        return way.next;
    if (fromFindings.length > 0) {
        const n = fromFindings.length;
        return `Fix ${n === 1 ? 'the error' : `the ${n} errors`} this route reports (first: ${fromFindings[0].ruleId}), then run the check again.`;
    }
    return spec.steps[0]?.text ?? '';
}
function toBlocker(f) {
    return { ruleId: f.ruleId, message: f.message };
}
function blockersFor(findings, audience) {
    return findings.filter((f) => f.severity === 'error' && f.audiences.includes(audience)).map((f) => ({ ruleId: f.ruleId, message: f.message }));
}

;// CONCATENATED MODULE: ./src/engine/routes/semver.ts
// Semantic version comparison for app versions ("1.2.3", "1.2.3-beta.1"); enough of semver 2.0.0 §11 for updates.
const SEMVER = /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;
function parseSemver(v) {
    const m = SEMVER.exec(v.trim());
    if (!m)
        return undefined;
    return { core: [Number(m[1]), Number(m[2]), Number(m[3])], pre: m[4] ? m[4].split('.') : [] };
}
/** Negative when a < b, 0 when equal in precedence, positive when a > b; undefined when either is not semver. */
function compareSemver(a, b) {
    const x = parseSemver(a);
    const y = parseSemver(b);
    if (!x || !y)
        return undefined;
    for (let i = 0; i < 3; i++)
        if (x.core[i] !== y.core[i])
            return x.core[i] - y.core[i];
    // A release ranks above its pre-releases.
    if (x.pre.length === 0 || y.pre.length === 0)
        return y.pre.length - x.pre.length;
    for (let i = 0; i < Math.max(x.pre.length, y.pre.length); i++) {
        const p = x.pre[i];
        const q = y.pre[i];
        if (p === undefined)
            return -1;
        if (q === undefined)
            return 1;
        if (p === q)
            continue;
        const pn = /^\d+$/.test(p);
        const qn = /^\d+$/.test(q);
        if (pn && qn)
            return Number(p) - Number(q);
        if (pn !== qn)
            return pn ? -1 : 1;
        return p < q ? -1 : 1;
    }
    return 0;
}

;// CONCATENATED MODULE: ./src/engine/routes/update.ts
// Update checks: the package compared with the one currently published (--previous). Same app id, a higher
// version, the same bots; and what the change costs: a new consent from every user, or a new review.









/** Reads the published package with the same readers as any package; undefined when nothing is at `path`. */
async function readPrevious(path, cwd) {
    const { targets, missing } = await resolveInputs([path], cwd);
    if (missing.length > 0)
        return undefined;
    const unusable = (display, why, view = null) => ({ display, view, capabilities: [], unusable: why });
    if (targets.length !== 1)
        return unusable(path, `"${path}" names ${targets.length} packages; give one.`);
    const target = targets[0];
    const { view, problems } = await readTarget(target);
    if (!view)
        return unusable(target.display, `"${target.display}" could not be read: ${problems[0]?.message ?? 'unknown error'}`);
    if (detectKind(view) !== 'teams-app')
        return unusable(target.display, `"${target.display}" is not a Teams app package.`, view);
    const manifest = (0,values/* asRecord */.qY)(view.json(view.findName('manifest.json') ?? nestedManifest(view) ?? 'manifest.json')?.value);
    if (!manifest)
        return unusable(target.display, `the manifest.json of "${target.display}" cannot be parsed.`, view);
    return { display: target.display, view, manifest, capabilities: teamsCapabilities(manifest, view) };
}
/** The update findings for one package; Teams apps only (the other kinds have no published id to keep). */
function updateFindings(current, previous) {
    if (current.kind !== 'teams-app')
        return [];
    const file = current.view.findName('manifest.json') ?? 'manifest.json';
    const cur = (0,values/* asRecord */.qY)(current.manifest);
    if (previous.unusable || !previous.manifest || !previous.view || !cur) {
        const why = previous.unusable ?? 'this package has no readable manifest.json.';
        return [toFinding(route_rules/* UPDATE_PREVIOUS_UNREADABLE */.GP, { file, message: `The update was not compared with the published package: ${why}` }, current.view)];
    }
    const drafts = [
        ...identity(cur, previous.manifest),
        ...botIds(cur, previous.manifest),
        ...consentChanges(cur, previous.manifest),
        ...reviewChanges(current, cur, previous),
    ];
    return drafts.map(({ rule, ...d }) => toFinding(rule, { file, ...d }, current.view));
}
function identity(cur, prev) {
    const out = [];
    const id = (0,values/* asString */.oJ)(cur.id);
    const prevId = (0,values/* asString */.oJ)(prev.id);
    if (id && prevId && id.toLowerCase() !== prevId.toLowerCase()) {
        out.push({
            rule: route_rules/* UPDATE_ID_CHANGED */.f0,
            pointer: '/id',
            message: `The app id is ${id} but the published package has ${prevId}: keep the id, or this is a new app and not an update.`,
        });
    }
    const version = (0,values/* asString */.oJ)(cur.version);
    const prevVersion = (0,values/* asString */.oJ)(prev.version);
    const order = version && prevVersion ? compareSemver(version, prevVersion) : undefined;
    if (order !== undefined && order <= 0) {
        out.push({
            rule: route_rules/* UPDATE_VERSION_NOT_INCREASED */.g_,
            pointer: '/version',
            message: `version ${version} is not higher than the published ${prevVersion}; raise it (for example to ${bump(prevVersion)}).`,
        });
    }
    return out;
}
function bump(v) {
    const m = /^(\d+)\.(\d+)\.(\d+)/.exec(v);
    return m ? `${m[1]}.${m[2]}.${Number(m[3]) + 1}` : v;
}
const BOT_LISTS = ['bots', 'composeExtensions'];
function botIds(cur, prev) {
    const out = [];
    for (const list of BOT_LISTS) {
        const now = (0,values/* asArray */._j)(cur[list]);
        const before = (0,values/* asArray */._j)(prev[list]);
        for (let i = 0; i < Math.min(now.length, before.length); i++) {
            const id = (0,values/* asString */.oJ)((0,values/* asRecord */.qY)(now[i])?.botId);
            const prevId = (0,values/* asString */.oJ)((0,values/* asRecord */.qY)(before[i])?.botId);
            if (id && prevId && id.toLowerCase() !== prevId.toLowerCase()) {
                out.push({
                    rule: route_rules/* UPDATE_BOT_ID_CHANGED */.RQ,
                    pointer: (0,json_pointer/* pointer */.Wn)(list, i, 'botId'),
                    message: `${list}[${i}].botId is ${id} but the published package has ${prevId}: every user must consent again and existing conversations stay with the old bot.`,
                });
            }
        }
    }
    return out;
}
function consentChanges(cur, prev) {
    const out = [];
    const consent = (at, what) => out.push({ rule: route_rules/* UPDATE_NEEDS_CONSENT */.fk, pointer: at, message: `${what}: existing users must accept a new permission request, and Partner Center reviews the update as a functional change.` });
    const bots = (0,values/* asArray */._j)(cur.bots);
    const prevBots = (0,values/* asArray */._j)(prev.bots);
    if (bots.length > prevBots.length)
        consent('/bots', `Adds ${plural(bots.length - prevBots.length, 'bot')}`);
    if (bots.length < prevBots.length)
        consent(prevBots.length && bots.length ? '/bots' : '', `Removes ${plural(prevBots.length - bots.length, 'bot')}`);
    for (let i = 0; i < Math.min(bots.length, prevBots.length); i++) {
        for (const key of ['isNotificationOnly', 'supportsFiles']) {
            const now = (0,values/* asRecord */.qY)(bots[i])?.[key] === true;
            const before = (0,values/* asRecord */.qY)(prevBots[i])?.[key] === true;
            if (now !== before)
                consent((0,json_pointer/* pointer */.Wn)('bots', i, key), `Changes bots[${i}].${key} from ${before} to ${now}`);
        }
    }
    const me = (0,values/* asArray */._j)(cur.composeExtensions).length;
    const prevMe = (0,values/* asArray */._j)(prev.composeExtensions).length;
    if (me > prevMe)
        consent('/composeExtensions', `Adds ${plural(me - prevMe, 'message extension')}`);
    if (me < prevMe)
        consent(me > 0 ? '/composeExtensions' : '', `Removes ${plural(prevMe - me, 'message extension')}`);
    const newTabs = added(ids(cur.staticTabs, 'entityId'), ids(prev.staticTabs, 'entityId'));
    if (newTabs.length > 0)
        consent('/staticTabs', `Adds personal ${newTabs.length === 1 ? 'tab' : 'tabs'} ${update_list(newTabs)}`);
    if ((0,values/* asArray */._j)(cur.configurableTabs).length > 0 && (0,values/* asArray */._j)(prev.configurableTabs).length === 0)
        consent('/configurableTabs', 'Adds a channel and group tab');
    const newConnectors = added(ids(cur.connectors, 'connectorId'), ids(prev.connectors, 'connectorId'));
    if (newConnectors.length > 0)
        consent('/connectors', `Adds ${plural(newConnectors.length, 'connector')} ${update_list(newConnectors)}`);
    if (canonical(cur.webApplicationInfo) !== canonical(prev.webApplicationInfo)) {
        consent(cur.webApplicationInfo === undefined ? '' : '/webApplicationInfo', cur.webApplicationInfo === undefined ? 'Removes webApplicationInfo' : 'Changes webApplicationInfo (the Microsoft Entra app)');
    }
    const newPermissions = added(strings(cur.permissions), strings(prev.permissions));
    if (newPermissions.length > 0)
        consent('/permissions', `Asks for new permissions ${update_list(newPermissions)}`);
    const rsc = (m) => (0,values/* asArray */._j)((0,values/* asRecord */.qY)((0,values/* asRecord */.qY)(m.authorization)?.permissions)?.resourceSpecific).map((p) => `${(0,values/* asString */.oJ)((0,values/* asRecord */.qY)(p)?.name) ?? '?'} (${(0,values/* asString */.oJ)((0,values/* asRecord */.qY)(p)?.type) ?? '?'})`);
    const newRsc = added(rsc(cur), rsc(prev));
    if (newRsc.length > 0)
        consent('/authorization/permissions/resourceSpecific', `Asks for new resource-specific permissions ${update_list(newRsc)}`);
    return out;
}
const METADATA = [
    ['name', 'short'],
    ['name', 'full'],
    ['description', 'short'],
    ['description', 'full'],
    ['developer', 'name'],
    ['accentColor'],
];
function reviewChanges(current, cur, previous) {
    const prev = previous.manifest;
    const out = [];
    const review = (at, message) => out.push({ rule: route_rules/* UPDATE_NEEDS_REVIEW */.lr, pointer: at, message });
    const newDomains = added(strings(cur.validDomains), strings(prev.validDomains));
    if (newDomains.length > 0)
        review('/validDomains', `Adds valid ${newDomains.length === 1 ? 'domain' : 'domains'} ${update_list(newDomains)}: Partner Center reviews the update as a functional change.`);
    const newCaps = added([...current.capabilities], previous.capabilities);
    if (newCaps.length > 0)
        review('', `Adds ${update_list(newCaps)}: Partner Center tests the new capability as fully as a first submission.`);
    const changed = METADATA.filter((path) => canonical(at(cur, path)) !== canonical(at(prev, path))).map((path) => path.join('.'));
    for (const key of ['color', 'outline']) {
        const name = (0,values/* asString */.oJ)((0,values/* asRecord */.qY)(cur.icons)?.[key]);
        const prevName = (0,values/* asString */.oJ)((0,values/* asRecord */.qY)(prev.icons)?.[key]);
        if (name && prevName && !sameBytes(fileBytes(current.view, name), fileBytes(previous.view, prevName)))
            changed.push(`icons.${key}`);
    }
    if (changed.length > 0)
        review('', `Metadata update (${changed.join(', ')}): reviewed again, quickly; keep the Partner Center listing in step.`);
    const icons = new Set([(0,values/* asString */.oJ)((0,values/* asRecord */.qY)(cur.icons)?.color), (0,values/* asString */.oJ)((0,values/* asRecord */.qY)(cur.icons)?.outline)].map((n) => n?.toLowerCase()));
    const files = current.view.names.filter((n) => n.toLowerCase() !== 'manifest.json' && !icons.has(n.toLowerCase()));
    const changedFiles = files.filter((n) => !sameBytes(current.view.bytes(n), fileBytes(previous.view, n)));
    if (changedFiles.length > 0) {
        review('', `Changed or new ${changedFiles.length === 1 ? 'file' : 'files'} ${update_list(changedFiles)}: agents, plugins and their API descriptions are tested again in review.`);
    }
    return out;
}
function at(root, path) {
    let v = root;
    for (const key of path)
        v = (0,values/* asRecord */.qY)(v)?.[key];
    return v;
}
function fileBytes(view, name) {
    return view.bytes(view.findName(name) ?? name);
}
function sameBytes(a, b) {
    if (!a || !b)
        return a === b;
    return a.length === b.length && Buffer.from(a.buffer, a.byteOffset, a.length).equals(Buffer.from(b.buffer, b.byteOffset, b.length));
}
function ids(list, key) {
    return (0,values/* asArray */._j)(list).flatMap((x) => (0,values/* asString */.oJ)((0,values/* asRecord */.qY)(x)?.[key]) ?? []);
}
function strings(list) {
    return (0,values/* asArray */._j)(list).flatMap((x) => (typeof x === 'string' ? [x] : []));
}
function added(now, before) {
    const seen = new Set(before);
    return [...new Set(now)].filter((x) => !seen.has(x));
}
/** JSON with sorted keys, so key order alone is not a change. */
function canonical(v) {
    return JSON.stringify(v, (_k, value) => {
        const r = (0,values/* asRecord */.qY)(value);
        return r ? Object.fromEntries(Object.keys(r).sort().map((k) => [k, r[k]])) : value;
    }) ?? 'undefined';
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
/** At most five names, quoted, then "and N more". */
function update_list(items) {
    const shown = items.slice(0, 5).map((s) => `"${s}"`).join(', ');
    return items.length > 5 ? `${shown} and ${items.length - 5} more` : shown;
}

// EXTERNAL MODULE: ./src/engine/detect/connector-class.ts
var connector_class = __nccwpck_require__(4246);
;// CONCATENATED MODULE: ./src/engine/describe.ts



function describePackage(pkg, kind, manifest) {
    const meta = {};
    if (kind === 'teams-app') {
        const m = (0,values/* asRecord */.qY)(manifest);
        const name = (0,values/* asString */.oJ)((0,values/* asRecord */.qY)(m?.name)?.short);
        if (name)
            meta.name = name;
        const id = (0,values/* asString */.oJ)(m?.id);
        if (id)
            meta.id = id;
        const version = (0,values/* asString */.oJ)(m?.version);
        if (version)
            meta.version = version;
        const mv = (0,values/* asString */.oJ)(m?.manifestVersion);
        if (mv)
            meta.manifestVersion = mv;
    }
    if (kind === 'power-platform-connector') {
        // Which track the connector is on decides which certification rules apply; renderers show it next to the name.
        meta.connectorClass = (0,connector_class/* classifyConnector */.G5)(pkg).connectorClass;
        const swagger = (0,connector_files/* connectorFiles */.nW)(pkg).swagger;
        const info = (0,values/* asRecord */.qY)((0,values/* asRecord */.qY)(swagger ? pkg.json(swagger)?.value : undefined)?.info);
        const title = (0,values/* asString */.oJ)(info?.title);
        if (title)
            meta.name = title;
        const version = (0,values/* asString */.oJ)(info?.version);
        if (version)
            meta.version = version;
    }
    return meta;
}

// EXTERNAL MODULE: ./src/engine/source-map/candidates.ts
var source_map_candidates = __nccwpck_require__(8371);
;// CONCATENATED MODULE: ./src/engine/source-map/template.ts
// Agents Toolkit (and Teams Toolkit) manifests hold `${{VAR}}` placeholders and `$[file('…')]` calls that the build
// replaces. A template value matches a packaged value when the literal parts agree and each placeholder stands for
// any text.
// A call's arguments stop at the next `[` as well as at `]`: otherwise every `$[f(` of a run is scanned to the end.
const template_PLACEHOLDER = /\$\{\{\s*[A-Za-z0-9_.-]+\s*\}\}|\$\[ *[a-zA-Z]+\([^[\]]*\) *\]/g;
function hasPlaceholder(value) {
    template_PLACEHOLDER.lastIndex = 0;
    return template_PLACEHOLDER.test(value);
}
/** How a source value (maybe a template) matches a packaged value. */
function matchTemplate(source, packaged) {
    if (source === packaged)
        return 'exact';
    if (!hasPlaceholder(source))
        return 'none';
    return matchesLiterals(source.split(template_PLACEHOLDER), packaged) ? 'template' : 'none';
}
// The literal parts in order, anything between them: the first as a prefix, the last as a suffix, the others at
// their leftmost place in between (always a correct choice when the gaps match anything). Linear; the RegExp
// ^a[\s\S]*a[\s\S]*…$ it replaces backtracked exponentially on a near miss, and both texts come from the pull request.
function matchesLiterals(literals, value) {
    const first = literals[0];
    const last = literals[literals.length - 1];
    if (!value.startsWith(first))
        return false;
    let at = first.length;
    for (let i = 1; i < literals.length - 1; i++) {
        const found = value.indexOf(literals[i], at);
        if (found < 0)
            return false;
        at = found + literals[i].length;
    }
    return value.length - last.length >= at && value.endsWith(last);
}
/** True when `value` has text of its own besides placeholders. */
function hasLiteral(value) {
    return value.replace(template_PLACEHOLDER, '').trim().length > 0;
}

;// CONCATENATED MODULE: ./src/engine/source-map/projects.ts
// What the repository's Agents Toolkit projects say about the zips they write: the zip `atk package` writes by
// default, appPackage/build/appPackage.<env>.zip (known from where the project files are, without reading them), and
// each zipAppPackage step's outputZipPath and outputFolder (with `${{VAR}}` standing for any text, as the
// environment's name does). A zip a project claims is mapped to that project's manifest before any content is
// compared.





/** Manifests of the projects whose `atk package` writes `zipAbs` by default (a project folder holds one of `ymls`). */
function defaultPathClaims(zipAbs, ymls) {
    const build = (0,external_node_path_.dirname)(zipAbs);
    const dir = (0,external_node_path_.dirname)((0,external_node_path_.dirname)(build));
    const isDefault = /^appPackage\.[\w-]+\.zip$/.test((0,external_node_path_.basename)(zipAbs)) && build === (0,external_node_path_.dirname)((0,toolkit_project/* defaultZip */.VC)(dir, 'x'));
    return isDefault && ymls.some((y) => (0,external_node_path_.dirname)(y) === dir) ? [(0,external_node_path_.resolve)(dir, toolkit_project/* DEFAULT_MANIFEST */.mj)] : [];
}
/**
 * Whether a yml's text names an output that could be `zipAbs` (a cheap look at its outputZipPath and outputFolder
 * lines, so that the YAML parser is loaded only for project files that may decide where a zip comes from).
 */
function mayClaim(ymlAbs, text, zipAbs) {
    // Line by line (one expression with a lazy value before `[ \t]*$` was quadratic on a run of blanks).
    for (const line of (0,util_text/* linesOf */.Dx)(text)) {
        const m = OUTPUT_KEY.exec(line);
        const value = m ? (0,util_text/* yamlLineValue */.RA)(line.slice(m[0].length)) : undefined;
        if (value === undefined)
            continue;
        const template = (0,external_node_path_.resolve)((0,external_node_path_.dirname)(ymlAbs), value);
        if (m[1] === 'outputZipPath' ? fits(template, zipAbs) : fits(template, (0,external_node_path_.dirname)(zipAbs)))
            return true;
    }
    return false;
}
const OUTPUT_KEY = /^[ \t-]*(outputZipPath|outputFolder)[ \t]*:/;
async function readProjectFacts(ymls) {
    const byDir = new Map();
    for (const yml of ymls)
        byDir.set((0,external_node_path_.dirname)(yml), [...(byDir.get((0,external_node_path_.dirname)(yml)) ?? []), yml]);
    const facts = [];
    for (const [dir, files] of byDir) {
        const steps = [{ manifest: (0,external_node_path_.resolve)(dir, toolkit_project/* DEFAULT_MANIFEST */.mj), zip: (0,toolkit_project/* defaultZip */.VC)(dir, '${{TEAMSFX_ENV}}') }];
        for (const file of files) {
            for (const s of (await (0,yml/* readProjectYml */.CS)(file)).zipSteps) {
                steps.push({ manifest: (0,external_node_path_.resolve)(dir, s.manifestPath ?? toolkit_project/* DEFAULT_MANIFEST */.mj), zip: s.outputZipPath && (0,external_node_path_.resolve)(dir, s.outputZipPath), folder: s.outputFolder && (0,external_node_path_.resolve)(dir, s.outputFolder) });
            }
        }
        facts.push({
            dir,
            manifests: [...new Set(steps.map((s) => s.manifest))],
            claims(zipAbs, tier) {
                const matching = steps.filter((s) => (tier === 'output' ? s.zip && fits(s.zip, zipAbs) : s.folder && fits(s.folder, (0,external_node_path_.dirname)(zipAbs))));
                return [...new Set(matching.map((s) => s.manifest))];
            },
        });
    }
    return facts;
}
function fits(template, path) {
    return matchTemplate(template, path) !== 'none' && ((0,external_node_path_.basename)(template).includes('${{') || (0,external_node_path_.basename)(template) === (0,external_node_path_.basename)(path));
}

;// CONCATENATED MODULE: ./src/engine/source-map/select.ts

/** Values every app of a template shares: they tell no app from another. */
const BOILERPLATE = /^\/(\$schema|manifestVersion|version|accentColor|permissions|icons|devicePermissions|validDomains)(\/|$)/;
/** Whether a candidate's values agree with the package's everywhere, and how many identifying literals it has. */
function contentMatch(candidate, packaged) {
    let literals = 0;
    const agree = (c, p, at) => {
        if (typeof c === 'string') {
            if (typeof p !== 'string')
                return false;
            const m = at === '/id' ? matchTemplate(c.toLowerCase(), p.toLowerCase()) : matchTemplate(c, p);
            if (m === 'none')
                return false;
            if (hasLiteral(c) && !BOILERPLATE.test(at))
                literals++;
            return true;
        }
        if (Array.isArray(c))
            return Array.isArray(p) && c.length === p.length && c.every((x, i) => agree(x, p[i], `${at}/${i}`));
        if (c !== null && typeof c === 'object') {
            if (p === null || typeof p !== 'object' || Array.isArray(p))
                return false;
            const ck = Object.keys(c);
            const pk = Object.keys(p);
            if (ck.length !== pk.length)
                return false;
            return ck.every((k) => Object.prototype.hasOwnProperty.call(p, k) && agree(c[k], p[k], `${at}/${k}`));
        }
        return c === p;
    };
    const agrees = agree(candidate, packaged, '');
    return { agrees, literals };
}
function matches(c, packaged) {
    if (!c.doc.ok)
        return false;
    const m = contentMatch(c.doc.value, packaged);
    return m.agrees && m.literals > 0;
}
/** The one candidate whose content matches, else undefined. */
function onlyMatch(candidates, packaged) {
    const found = candidates.filter((c) => matches(c, packaged));
    return found.length === 1 ? found[0] : undefined;
}
/**
 * What the manifests a project's facts name (`claimed`, absolute paths) decide: one is the source; several are told
 * apart by content; none leave the question open for the next kind of fact.
 */
function byClaims(candidates, claimed, packaged) {
    const byPath = new Map(candidates.map((c) => [c.abs, c]));
    const found = [...new Set(claimed)].map((abs) => byPath.get(abs)).filter((c) => !!c);
    if (found.length === 0)
        return { decided: false };
    return { decided: true, manifest: found.length === 1 ? found[0] : onlyMatch(found, packaged) };
}
/** The manifest a zip at `zipAbs` holding `packaged` (its manifest.json) was built from, by the projects' yml facts and then by content. */
function selectManifest(candidates, projects, packaged, zipAbs) {
    for (const tier of ['output', 'folder']) {
        const s = byClaims(candidates, projects.flatMap((p) => p.claims(zipAbs, tier)), packaged);
        if (s.decided)
            return s.manifest;
    }
    return onlyMatch(candidates, packaged);
}

;// CONCATENATED MODULE: ./src/engine/source-map/finder.ts
// Where each file of a package came from in the repository. Folder and single-file packages are repository
// files themselves; a zip is matched to the manifest it was built from (the `source` option, else the toolkit
// projects' facts, else the content), and its other files are looked for beside that manifest.






function createSourceFinder(options) {
    const root = (0,external_node_path_.resolve)(options.root ?? options.cwd);
    const explicit = options.source ? ((0,external_node_path_.isAbsolute)(options.source) ? options.source : (0,external_node_path_.resolve)(options.cwd, options.source)) : undefined;
    let candidates;
    // Searched once per run, and only when a zip needs it.
    const load = () => (candidates ??= loadCandidates(root, explicit));
    const manifestFor = async (target, view, kind) => {
        const found = await load();
        const packaged = view.json(view.findName('manifest.json') ?? 'manifest.json');
        const manifest = found.forced ?? (kind === 'teams-app' && packaged?.ok ? await pick(found, packaged.value, target.abs) : undefined);
        return { manifest, dir: manifest?.dir ?? found.folder };
    };
    return {
        async sourceFolder(target, view, kind) {
            return (await manifestFor(target, view, kind)).dir;
        },
        async filesFor(target, view, kind) {
            if (target.type === 'folder')
                return mapNames(view.names, target.abs, root, true);
            if (target.type === 'file')
                return mapNames(view.names.slice(0, 1), (0,external_node_path_.dirname)(target.abs), root, true, target.abs);
            const { manifest, dir } = await manifestFor(target, view, kind);
            if (!dir)
                return new Map();
            const files = new Map();
            for (const name of view.names) {
                const isManifest = !!manifest && name.toLowerCase() === 'manifest.json';
                const abs = isManifest ? manifest.abs : (0,external_node_path_.join)(dir, name);
                const path = (0,source_map_candidates/* repositoryPath */.SH)(abs, root);
                if (path && (await isFile(abs)))
                    files.set(name, { path, abs, samePackagedText: false, doc: isManifest ? manifest.doc : undefined });
            }
            return files;
        },
    };
}
/** The manifest a zip was built from: atk package's default path first, then the ymls' steps, then the content. */
async function pick(found, packaged, zipAbs) {
    const byDefault = byClaims(found.list, defaultPathClaims(zipAbs, found.ymls), packaged);
    if (byDefault.decided)
        return byDefault.manifest;
    const texts = await found.texts();
    const projects = await readProjectFacts(found.ymls.filter((y) => mayClaim(y, texts.get(y) ?? '', zipAbs)));
    return selectManifest(await withProjectManifests(found.list, projects), projects, packaged, zipAbs);
}
/** The files a package built from source (a toolkit project) came from: packaged name → repository file. */
function builtSources(origins, cwd) {
    const root = (0,external_node_path_.resolve)(cwd);
    const files = new Map();
    for (const [name, abs] of origins) {
        const path = (0,source_map_candidates/* repositoryPath */.SH)(abs, root);
        if (path)
            files.set(name, { path, abs, samePackagedText: false });
    }
    return files;
}
async function loadCandidates(root, explicit) {
    const none = async () => new Map();
    if (!explicit)
        return candidatesOf(await (0,source_map_candidates/* findManifestCandidates */.NO)(root));
    const info = await (0,promises_.lstat)(explicit).catch(() => null);
    if (info?.isFile()) {
        // A named file is the manifest (or, for other kinds, a file beside the sources): used without matching.
        const forced = /\.json$/i.test(explicit) ? ((await (0,source_map_candidates/* readCandidate */.G9)(explicit)) ?? undefined) : undefined;
        return { list: [], ymls: [], texts: none, forced, folder: (0,external_node_path_.dirname)(explicit) };
    }
    if (!info?.isDirectory())
        return { list: [], ymls: [], texts: none };
    const found = candidatesOf(await (0,source_map_candidates/* findManifestCandidates */.NO)(explicit));
    // One manifest under the named folder is the source, whatever it says; several are told apart as without the option.
    return found.list.length === 1 ? { ...found, forced: found.list[0], folder: explicit } : { ...found, folder: explicit };
}
function candidatesOf(found) {
    let texts;
    const read = async () => new Map(await Promise.all(found.ymls.map(async (y) => [y, (await (0,files/* readText */.yR)(y)) ?? ''])));
    return { list: found.manifests, ymls: found.ymls, texts: () => (texts ??= read()) };
}
/** The candidates, with every manifest the projects build from (whatever its file name). */
async function withProjectManifests(list, projects) {
    const known = new Set(list.map((c) => c.abs));
    const extra = await Promise.all(projects.flatMap((p) => p.manifests).filter((abs) => !known.has(abs)).map(source_map_candidates/* readCandidate */.G9));
    return [...list, ...extra.filter((c) => c !== null)];
}
function mapNames(names, dir, root, same, single) {
    const files = new Map();
    for (const name of names) {
        const abs = single ?? (0,external_node_path_.join)(dir, name);
        const path = (0,source_map_candidates/* repositoryPath */.SH)(abs, root);
        if (path)
            files.set(name, { path, abs, samePackagedText: same });
    }
    return files;
}
async function isFile(abs) {
    return (await (0,promises_.lstat)(abs).catch(() => null))?.isFile() ?? false;
}

;// CONCATENATED MODULE: ./src/engine/source-map/attach.ts
// Fills `finding.source` for findings in files that came from the repository. JSON findings are placed by
// finding the same JSON pointer in the source file (templates with `${{VAR}}` placeholders are still JSON and
// keep their line layout); other files keep the packaged position when the texts agree line for line.



function sourceDocs(view) {
    const docs = new Map();
    return (name, file) => {
        let doc = docs.get(name);
        if (!doc) {
            doc = file.samePackagedText ? Promise.resolve(view.json(name) ?? null) : file.doc ? Promise.resolve(file.doc) : readSource(file);
            docs.set(name, doc);
        }
        return doc;
    };
}
async function attachSources(findings, view, files, sourceDoc = sourceDocs(view)) {
    for (const f of findings) {
        // A finding the reader already placed (a placeholder's line in a toolkit project) keeps its place.
        if (f.source)
            continue;
        const key = f.file ? view.findName(f.file) : undefined;
        const file = key ? files.get(key) : undefined;
        if (!key || !file)
            continue;
        const doc = file.samePackagedText ? null : await sourceDoc(key, file);
        const place = (at) => ({ path: file.path, ...(file.samePackagedText ? packagedPosition(at) : positionIn(doc, view.text(key), at)) });
        f.source = place(f);
        // The other places of a grouped finding are annotation targets too (SARIF related locations).
        for (const r of f.related ?? [])
            r.source = place(r);
    }
}
function packagedPosition(f) {
    return { line: f.line ?? 1, column: f.column ?? 1 };
}
function positionIn(doc, packagedText, f) {
    if (!doc)
        return { line: 1, column: 1 };
    if (packagedText !== undefined && doc.text === packagedText.replace(/^\uFEFF/, ''))
        return packagedPosition(f);
    if (f.pointer && doc.ok)
        return doc.locate(f.pointer) ?? { line: 1, column: 1 };
    // Same number of lines: a placeholder substitution kept the layout, so the line still holds.
    if (f.line && packagedText !== undefined && lineCount(doc.text) === lineCount(packagedText))
        return { line: f.line, column: 1 };
    return { line: 1, column: 1 };
}
async function readSource(file) {
    const info = await (0,promises_.lstat)(file.abs).catch(() => null);
    if (!info?.isFile() || info.size > limits/* MAX_JSON_CHARS */.GZ)
        return null;
    const text = await (0,promises_.readFile)(file.abs, 'utf8').catch(() => null);
    // Non-JSON files are parsed too: the document then only carries the text, which is what is compared.
    return text === null ? null : (0,json_document/* parseJsonDocument */.d)(file.path, text);
}
function lineCount(text) {
    return text.split(/\r\n|\r|\n/).length;
}

;// CONCATENATED MODULE: ./src/engine/source-map/origin.ts
// What a package is built from, so a pull request's scope can tell whether a change touches it. A folder or a JSON
// file is its own source; a Target that lists its inputs (a toolkit project) is built from them; a zip built during
// the workflow is built from the manifest folder the source mapping finds for it, plus, when that folder is an
// Agents Toolkit project's appPackage/, the project's yml and env/ files (they change what the build writes).





/** Absolute paths of the files and folders the target is built from; undefined when it cannot be told. */
async function builtFrom(target, finder) {
    if (target.inputs)
        return target.inputs;
    if (target.type !== 'zip')
        return [target.abs];
    const { view } = await readTarget(target);
    if (!view)
        return undefined;
    const folder = await finder.sourceFolder(target, view, detectKind(view));
    if (!folder)
        return undefined;
    const project = (0,external_node_path_.dirname)(folder);
    const ymls = [];
    for (const name of yml/* PROJECT_YML_NAMES */.kH)
        if (await origin_isFile((0,external_node_path_.join)(project, name)))
            ymls.push((0,external_node_path_.join)(project, name));
    return ymls.length > 0 ? [folder, ...ymls, (0,external_node_path_.join)(project, 'env')] : [folder];
}
async function origin_isFile(path) {
    return (await (0,promises_.lstat)(path).catch(() => null))?.isFile() ?? false;
}

;// CONCATENATED MODULE: ./src/engine/source-map/index.ts
// Source mapping: findings inside a package point at the repository files the package was built from.





;// CONCATENATED MODULE: ./src/engine/util/map-bounded.ts
// Async work over a list with at most `limit` items in progress, results in the list's order.
async function mapBounded(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            results[i] = await fn(items[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: ./src/engine/pool/messages.ts
/** Marks a worker thread started by the pool (workerData), so a bundle entry knows to serve it. */
const POOL_WORKER = 'copilot-publish-check:pool-worker';

;// CONCATENATED MODULE: ./src/engine/pool/pool.ts
// Packages checked in worker threads when a run has many: packages are independent, so each core checks its
// share. The main thread hands out targets a few at a time (a package is read only by the worker checking it, so
// memory stays bounded however many packages there are), and puts each report back at its target's index, so the
// report lists packages in the order of a run on one thread.


/** Below this many packages per worker, starting workers (each loads the bundle) costs more than it saves. */
const MIN_PACKAGES_PER_WORKER = 16;
/**
 * The young generation of a worker's heap, in MB (three semi-spaces: 16 MB each). Measured on the 990 connectors,
 * 3 interleaved runs each: 48 MB is as fast as 96 MB on Node 20 (12.4 s and 12.2 s) and on Node 24 (9.8 s and
 * 9.9 s), and keeps the run under 500 MB on Node 24 (444-458 MB, against 516-593 MB), the action's runtime.
 */
const WORKER_YOUNG_GENERATION_MB = 48;
/** Targets sent to a worker before its answers come back: enough to keep it busy while reading files. */
const IN_FLIGHT_PER_WORKER = 2;
/** The number of workers worth starting for `count` packages (0: check them on this thread). */
function workersFor(count, pool) {
    if (!pool || pool.workers < 2)
        return 0;
    const useful = Math.min(pool.workers, Math.floor(count / MIN_PACKAGES_PER_WORKER));
    return useful >= 2 ? useful : 0;
}
function checkInPool(targets, run, pool, workers, callbacks) {
    const { failed } = callbacks;
    const reports = new Array(targets.length);
    let next = 0;
    let done = 0;
    // Packages a stopped worker had in hand, to be checked again, and how often each was lost.
    const retry = [];
    const lostCount = new Map();
    // A package checked again goes alone to its worker, so a package that stops every worker it meets takes no
    // other package down with it.
    const take = (busy) => {
        if (retry.length > 0)
            return busy ? undefined : { index: retry.shift(), alone: true };
        return next < targets.length ? { index: next++, alone: false } : undefined;
    };
    return new Promise((resolve, reject) => {
        const finish = () => {
            if (done === targets.length)
                resolve(reports);
        };
        const settle = (index, report) => {
            // Once only: a worker that stops can still deliver an answer it sent before stopping, after its packages were
            // handed to another worker (counting it twice would end the run with a package missing).
            if (reports[index] !== undefined)
                return;
            reports[index] = report;
            callbacks.checked?.(report);
            done++;
            finish();
        };
        const start = () => {
            const data = { [POOL_WORKER]: true, run };
            // A larger young generation than a worker's default: the checks allocate many short-lived values, and with
            // the default the two workers spent much of their time in scavenges (990 connectors: 14.0 s → 11.5 s wall,
            // peak RSS 330 → 400 MB; bench/results.md).
            const worker = new external_node_worker_threads_namespaceObject.Worker(pool.script, { workerData: data, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
            const inFlight = new Set();
            let closing = false;
            let alone = false;
            const feed = () => {
                while (inFlight.size < IN_FLIGHT_PER_WORKER && !alone) {
                    const next = take(inFlight.size > 0);
                    if (!next)
                        break;
                    alone = next.alone;
                    inFlight.add(next.index);
                    worker.postMessage({ index: next.index, target: targets[next.index] });
                }
                // Nothing left to hand out and nothing pending: this worker's share is done (a package lost later by
                // another worker is checked again by a worker started for it).
                if (inFlight.size === 0 && !closing) {
                    closing = true;
                    void worker.terminate();
                }
            };
            // A worker that stops with packages in hand (an error, memory exhausted): they are checked again, each alone,
            // and a new worker takes over the rest.
            const lose = (why) => {
                const lost = [...inFlight];
                inFlight.clear();
                closing = true;
                for (const index of lost) {
                    const times = (lostCount.get(index) ?? 0) + 1;
                    lostCount.set(index, times);
                    if (times < 2)
                        retry.push(index);
                    else
                        failed(targets[index], why).then((r) => settle(index, r), reject);
                }
                if (retry.length > 0 || next < targets.length)
                    start();
            };
            worker.on('message', (m) => {
                if (!inFlight.has(m.index))
                    return; // an answer of a worker already given up on
                inFlight.delete(m.index);
                if (inFlight.size === 0)
                    alone = false;
                if ('report' in m) {
                    if (m.built)
                        callbacks.built?.(m.built);
                    settle(m.index, m.report);
                }
                else
                    failed(targets[m.index], m.error).then((r) => settle(m.index, r), reject);
                feed();
            });
            worker.on('error', (e) => lose(e.message));
            worker.on('exit', (code) => {
                if (!closing)
                    lose(`the worker thread stopped (exit code ${code})`);
            });
            feed();
        };
        if (targets.length === 0)
            return resolve(reports);
        for (let i = 0; i < workers; i++)
            start();
    });
}

;// CONCATENATED MODULE: ./src/engine/check.ts
// The engine's entry point: paths in, Report out. Pure apart from reading the files it is given.



















const TOOL_NAME = 'copilot-publish-check';
async function checkPaths(inputs, options) {
    const { targets: found, missing, skipped } = await resolveInputs(inputs, options.cwd, { defaults: options.defaults, environment: options.environment });
    const sources = createSourceFinder({ cwd: options.cwd, root: options.root, source: options.source });
    // Chosen before anything is checked: checking a thousand connectors to report the one a pull request changed is
    // exactly the cost a scope avoids.
    const targets = options.select ? await options.select(found, { builtFrom: (t) => builtFrom(t, sources) }) : found;
    const chosen = new Set(targets);
    // The published package is read once; a path that names nothing is a usage error like any missing input.
    const previousPackage = options.previous ? await readPrevious(options.previous, options.cwd) : undefined;
    const notFound = options.previous && !previousPackage ? [...missing, options.previous] : missing;
    const read = { cwd: options.cwd, root: options.root, environment: options.environment, processEnv: options.processEnv };
    const built = [];
    const keep = options.keepBuilt ? (b) => built.push(b) : undefined;
    const workers = options.rules ? 0 : workersFor(targets.length, options.pool);
    const packages = workers > 0
        ? await checkInPool(targets, { audience: options.audience, source: options.source, previous: options.previous, read, keepBuilt: !!keep, data: options.pool?.data }, options.pool, workers, {
            built: (b) => keep?.(b),
            failed: (t, why) => checkView(null, [{ ruleId: 'package.zip-corrupt', message: `The package could not be checked: ${why}.` }], t.display, options),
            // The families of rules the workers ran are loaded here while they go on (a failure shows below).
            checked: (p) => {
                void loadRulesFor([p.kind]).catch(() => undefined);
                options.checked?.(p);
            },
        })
        : await mapBounded(targets, options.concurrency ?? 4, async (t) => {
            const report = await checkTarget(t, { ...options, previousPackage, read, keep }, sources);
            options.checked?.(report);
            return report;
        });
    // The rules ran in the workers: their families are loaded here too, so renderers (annotation titles, SARIF rule
    // descriptions) and the configuration's check of rule ids know them as after a run on this thread (most were
    // loaded during the run).
    if (workers > 0)
        await loadRulesFor(packages.map((p) => p.kind));
    const report = buildReport(packages, options);
    if (skipped.length > 0)
        report.skipped = skipped.map(toSkipped);
    // In the order of the packages, whichever finished first.
    const order = new Map(packages.map((p, i) => [p.path, i]));
    built.sort((a, b) => (order.get(a.path) ?? 0) - (order.get(b.path) ?? 0));
    return { report, missing: notFound, unselected: found.filter((t) => !chosen.has(t)), ...(keep ? { built } : {}) };
}
function toSkipped(s) {
    return { path: s.display, reason: s.reason };
}
async function checkTarget(target, options, sources) {
    const started = performance.now();
    const { view, problems, built } = await readTarget(target, readOptions(target, options.read));
    const report = await checkView(view, problems, target.display, built ? { ...options, built } : options);
    if (built) {
        await placeBuiltFindings(report, view, built, options.read?.root ?? options.read?.cwd ?? target.abs);
        if (view && options.keep)
            options.keep({ path: target.display, zip: built.zip, files: filesOf(view), missing: built.missing, errors: report.findings.filter((f) => f.severity === 'error').length });
    }
    else if (view && sources)
        await mapSources(report, target, view, sources);
    report.stats.ms = round(performance.now() - started);
    return report;
}
// A toolkit project reads files inside the repository only (or inside itself when it lies outside); paths in its
// findings are relative to the repository root.
function readOptions(target, read) {
    if (target.type !== 'toolkit-project' || !read)
        return {};
    const repository = read.root ?? read.cwd;
    return { root: (0,files/* isInside */.FK)(repository, target.abs) ? repository : target.abs, cwd: repository, environment: read.environment, processEnv: read.processEnv };
}
/**
 * Findings of a package built from source go to the source files: each packaged file to the template it came from,
 * through the substitution (same JSON pointer, else same line). A project that could not be built says what to do
 * next on its routes.
 */
async function placeBuiltFindings(report, view, built, root) {
    if (built.notChecked) {
        for (const r of report.routes) {
            r.steps = [built.notChecked];
            r.next = built.notChecked;
        }
    }
    if (!view)
        return;
    try {
        const files = builtSources(built.origins, root);
        const docs = sourceDocs(view);
        await attachSources(report.findings, view, files, docs);
        // A fix goes to the template, through the substitution: a value the build fills in stays unfixed, with the reason.
        if (report.findings.some((f) => f.fix))
            await (0,resolve/* retargetFixes */.uw)(report.findings, view, files, docs);
    }
    catch {
        // Unreadable source files: findings keep `source: null`.
    }
}
function valueAt(view, file, pointer) {
    const doc = /\.json$/i.test(file) ? view.json(file) : undefined;
    return doc?.ok ? (0,json_pointer/* resolvePointer */.cj)(doc.value, pointer) : undefined;
}
function filesOf(view) {
    const files = new Map();
    for (const name of view.names)
        files.set(name, view.bytes(name));
    return files;
}
/** Runs the rules over an already-read package: the warm path the benchmark measures. */
async function checkView(view, problems, displayPath, options) {
    const started = performance.now();
    let findings = problems.map((p) => withSource(toFinding(problemMeta(p.ruleId), p, view), p));
    const kind = view ? detectKind(view) : 'unknown';
    const manifest = view && kind === 'teams-app' ? view.json(view.findName('manifest.json') ?? 'manifest.json') : undefined;
    const capabilities = manifest?.ok ? teamsCapabilities(manifest.value, view ?? undefined) : [];
    if (view) {
        const vars = options.built?.variables;
        const toolkit = vars ? { envFile: vars.envFile, defined: new Set(vars.defined), substituted: new Set(vars.substituted) } : undefined;
        const ctx = { pkg: view, kind, capabilities, manifest, ...(toolkit ? { toolkit } : {}) };
        await (0,yaml_library/* loadYamlFor */.pE)(view);
        for (const rule of options.rules ?? (await rulesFor(kind))) {
            if (!rule.kinds.includes(kind))
                continue;
            // One at a time: spreading 100,000 findings into push() overflows the call stack.
            for (const f of await runRule(rule, ctx))
                findings.push(f);
        }
        if (options.previousPackage) {
            findings.push(...updateFindings({ view, kind, capabilities, manifest: manifest?.value }, options.previousPackage));
        }
    }
    // A package built with stand-ins: findings speak of the variables, and none is about a stand-in itself.
    if (view && options.built)
        findings = (0,stand_ins/* reviseForStandIns */.aq)(findings, options.built.standIns, (f) => (f.file && f.pointer ? valueAt(view, f.file, f.pointer) : undefined));
    if (kind === 'unknown' && !findings.some((f) => f.severity === 'error' || EXPLAINS_UNKNOWN.has(f.ruleId))) {
        findings.push(toFinding(problemMeta('package.unrecognized'), {
            message: 'No package found here: no manifest.json (Teams app), no apiDefinition.swagger.json or apiProperties.json (Power Platform connector), and no Copilot (Graph) connector definition.',
        }, view));
    }
    // Findings that count only for an audience that was not asked for stay out of the report, the counts and the verdict.
    const asked = audiencesOf(options.audience);
    const relevant = consolidate(findings).filter((f) => f.audiences.some((a) => asked.includes(a)));
    options.review?.(displayPath, relevant);
    sortFindings(relevant);
    return {
        path: displayPath,
        kind,
        capabilities,
        meta: view ? describePackage(view, kind, manifest?.value) : undefined,
        routes: evaluateRoutes({ kind, capabilities, manifest: manifest?.value, connectorClass: view && kind === 'power-platform-connector' ? (0,connector_class/* classifyConnector */.G5)(view).connectorClass : undefined }, options.review ? relevant.filter((f) => !f.suppressed) : relevant, options.audience),
        findings: relevant,
        stats: { files: view?.names.length ?? 0, bytes: view?.totalBytes ?? 0, ms: round(performance.now() - started) },
    };
}
/** Findings that already say why nothing was checked (a TypeSpec agent not compiled yet). */
const EXPLAINS_UNKNOWN = new Set(['package.toolkit-typespec']);
function withSource(f, p) {
    if (p.source)
        f.source = p.source;
    return f;
}
// Source lines are a convenience for annotations: a failure to find them leaves findings on the package.
async function mapSources(report, target, view, sources) {
    // Nothing to place: a clean package does not pay for the repository search.
    if (!report.findings.some((f) => f.file))
        return;
    try {
        const files = await sources.filesFor(target, view, report.kind);
        const docs = sourceDocs(view);
        if (files.size > 0)
            await attachSources(report.findings, view, files, docs);
        // Fixes go where the packaged files came from (or say why they cannot).
        if (report.findings.some((f) => f.fix))
            await (0,resolve/* retargetFixes */.uw)(report.findings, view, files, docs);
    }
    catch {
        // Unreadable repository files: findings keep `source: null`.
    }
}
/**
 * Most findings one rule reports for one package; one more says the rest were not listed. A hostile manifest can
 * hold 100,000 wrong values: each finding costs a position lookup, sorting and report space, and nobody reads them.
 */
const MAX_FINDINGS_PER_RULE = 100;
/** Places one rule may list for repeats of one defect (consolidate.ts makes them one finding each). */
const MAX_PLACES_PER_RULE = 2_000;
// A rule that throws is a bug in this tool, not in the package: it is reported, and the other rules still run.
async function runRule(rule, ctx) {
    try {
        const found = [];
        // A repeat of a defect already found becomes a place in its finding, not a finding of its own.
        const summaries = new Set();
        let reported = 0;
        for (const draft of await rule.check(ctx)) {
            const newFinding = !draft.repeat || !summaries.has(draft.repeat.summary);
            if ((newFinding && reported === MAX_FINDINGS_PER_RULE) || found.length === MAX_PLACES_PER_RULE) {
                found.push(toFinding(rule, { message: `${rule.id} has more findings in this package; only the first ${found.length} are listed.`, severity: draft.severity, audiences: draft.audiences }, ctx.pkg));
                break;
            }
            if (newFinding)
                reported++;
            if (draft.repeat)
                summaries.add(draft.repeat.summary);
            found.push(toFinding(rule, draft, ctx.pkg));
        }
        return found;
    }
    catch (e) {
        return [
            toFinding({ ...rule, severity: 'warning' }, { message: `Internal error in rule ${rule.id}; the rule was skipped: ${e instanceof Error ? e.message : String(e)}` }, ctx.pkg),
        ];
    }
}
const problemMetaById = new Map(readProblemRules.map((r) => [r.id, r]));
function problemMeta(id) {
    const meta = problemMetaById.get(id);
    if (!meta)
        throw new Error(`unknown read problem rule ${id}`);
    return meta;
}
function buildReport(packages, options) {
    // Suppressed findings stay in the report but do not count (nor, through the summary, for fail-on).
    const count = (s) => packages.reduce((n, p) => n + p.findings.filter((f) => f.severity === s && !f.suppressed).length, 0);
    return {
        schemaVersion: 1,
        tool: { name: TOOL_NAME, version: options.toolVersion },
        audience: options.audience,
        packages,
        summary: { packages: packages.length, errors: count('error'), warnings: count('warning'), notices: count('notice') },
    };
}
function round(ms) {
    return Math.round(ms * 100) / 100;
}

;// CONCATENATED MODULE: ./src/engine/pool/worker.ts
// The worker side of the pool: checks the targets it is sent, one message each, and answers with their reports.
// A bundle entry (the action's, the CLI's) calls runPoolWorker() instead of its main when isPoolWorker().





/** True in a worker thread the pool started. */
function isPoolWorker() {
    return !external_node_worker_threads_namespaceObject.isMainThread && external_node_worker_threads_namespaceObject.workerData?.[POOL_WORKER] === true;
}
function runPoolWorker(setup) {
    const port = external_node_worker_threads_namespaceObject.parentPort;
    if (!port)
        return;
    const { run } = external_node_worker_threads_namespaceObject.workerData;
    const sources = createSourceFinder({ cwd: run.read.cwd, root: run.read.root, source: run.source });
    // The published package is read once per worker, as the main thread reads it once per run.
    const options = Promise.all([
        run.previous ? readPrevious(run.previous, run.read.cwd) : undefined,
        setup ? setup(run.data) : {},
    ]).then(([previousPackage, extra]) => ({ audience: run.audience, previousPackage, read: run.read, ...extra }));
    // One package at a time, in the order sent: the pool sends the next before this one is done, so no time is lost
    // waiting for it, but checking both at once (interleaved at every await) kept two packages' parsed documents alive
    // through every scavenge. One at a time, the 990 connectors of the scale bench took 2-5 % less CPU.
    let queue = Promise.resolve();
    port.on('message', (message) => {
        queue = queue.then(async () => {
            let answer;
            try {
                let built;
                const keep = run.keepBuilt ? (b) => (built = b) : undefined;
                const report = await checkTarget(message.target, { ...(await options), keep }, sources);
                answer = built ? { index: message.index, report, built } : { index: message.index, report };
            }
            catch (e) {
                answer = { index: message.index, error: e instanceof Error ? e.message : String(e) };
            }
            port.postMessage(answer);
        });
    });
}

;// CONCATENATED MODULE: ./src/engine/index.ts
// Public surface of the engine: what the CLI, the action and tests import.








/***/ }),

/***/ 4693:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  d: () => (/* binding */ parseJsonDocument),
  F: () => (/* binding */ stripBom)
});

;// CONCATENATED MODULE: ./node_modules/@humanwhocodes/momoa/dist/momoa.js
/**
 * @fileoverview Character codes.
 * @author Nicholas C. Zakas
 */

const CHAR_0 = 48;          // 0
const CHAR_1 = 49;          // 1
const CHAR_9 = 57;          // 9
const CHAR_BACKSLASH = 92;  // \
const CHAR_DOLLAR = 36;     // $
const CHAR_DOT = 46;        // .
const CHAR_DOUBLE_QUOTE = 34; // "
const CHAR_LOWER_A = 97;    // a
const CHAR_LOWER_E = 101;         // e
const CHAR_LOWER_F = 102;   // f
const CHAR_LOWER_N = 110;   // n
const CHAR_LOWER_T = 116;   // t
const CHAR_LOWER_U = 117;   // u
const CHAR_LOWER_X = 120;   // x
const CHAR_LOWER_Z = 122;   // z
const CHAR_MINUS = 45;      // -
const CHAR_NEWLINE = 10;    // newline
const CHAR_PLUS = 43;       // +
const CHAR_RETURN = 13;     // return
const CHAR_SINGLE_QUOTE = 39; // '
const CHAR_SLASH = 47;      // /
const CHAR_SPACE = 32;      // space
const CHAR_TAB = 9;         // tab
const CHAR_UNDERSCORE = 95; // _
const CHAR_UPPER_A = 65;    // A
const CHAR_UPPER_E = 69;          // E
const CHAR_UPPER_F = 70;    // F
const CHAR_UPPER_N = 78;    // N
const CHAR_UPPER_X = 88;    // X
const CHAR_UPPER_Z = 90;    // Z
const CHAR_LOWER_B = 98;    // b
const CHAR_LOWER_R = 114;   // r
const CHAR_LOWER_V = 118;   // v
const CHAR_LINE_SEPARATOR = 0x2028;
const CHAR_PARAGRAPH_SEPARATOR = 0x2029;
const CHAR_UPPER_I = 73;    // I
const CHAR_STAR = 42;       // *
const CHAR_VTAB = 11;            // U+000B Vertical tab
const CHAR_FORM_FEED = 12;       // U+000C Form feed
const CHAR_NBSP = 160;           // U+00A0 Non-breaking space
const CHAR_BOM = 65279;          // U+FEFF
const CHAR_NON_BREAKING_SPACE = 160;
const CHAR_EN_QUAD = 8192;
const CHAR_EM_QUAD = 8193;
const CHAR_EN_SPACE = 8194;
const CHAR_EM_SPACE = 8195;
const CHAR_THREE_PER_EM_SPACE = 8196;
const CHAR_FOUR_PER_EM_SPACE = 8197;
const CHAR_SIX_PER_EM_SPACE = 8198;
const CHAR_FIGURE_SPACE = 8199;
const CHAR_PUNCTUATION_SPACE = 8200;
const CHAR_THIN_SPACE = 8201;
const CHAR_HAIR_SPACE = 8202;
const CHAR_NARROW_NO_BREAK_SPACE = 8239;
const CHAR_MEDIUM_MATHEMATICAL_SPACE = 8287;
const CHAR_IDEOGRAPHIC_SPACE = 12288;

/**
 * @fileoverview JSON syntax helpers
 * @author Nicholas C. Zakas
 */


//-----------------------------------------------------------------------------
// Types
//-----------------------------------------------------------------------------

/** @typedef {import("./typedefs.js").TokenType} TokenType */

//-----------------------------------------------------------------------------
// Predefined Tokens
//-----------------------------------------------------------------------------

const LBRACKET = "[";
const RBRACKET = "]";
const LBRACE = "{";
const RBRACE = "}";
const COLON = ":";
const COMMA = ",";

const TRUE = "true";
const FALSE = "false";
const NULL = "null";
const NAN$1 = "NaN";
const INFINITY$1 = "Infinity";
const QUOTE = "\"";

const escapeToChar = new Map([
    [CHAR_DOUBLE_QUOTE, QUOTE],
    [CHAR_BACKSLASH, "\\"],
    [CHAR_SLASH, "/"],
    [CHAR_LOWER_B, "\b"],
    [CHAR_LOWER_N, "\n"],
    [CHAR_LOWER_F, "\f"],
    [CHAR_LOWER_R, "\r"],
    [CHAR_LOWER_T, "\t"]
]);

const json5EscapeToChar = new Map([
    ...escapeToChar,
    [CHAR_LOWER_V, "\v"],
    [CHAR_0, "\0"]
]);

const charToEscape = new Map([
    [QUOTE, QUOTE],
    ["\\", "\\"],
    ["/", "/"],
    ["\b", "b"],
    ["\n", "n"],
    ["\f", "f"],
    ["\r", "r"],
    ["\t", "t"]
]);

const json5CharToEscape = new Map([
    ...charToEscape,
    ["\v", "v"],
    ["\0", "0"],
    ["\u2028", "u2028"],
    ["\u2029", "u2029"]
]);

/** @type {Map<string,TokenType>} */
const knownTokenTypes = new Map([
    [LBRACKET, "LBracket"],
    [RBRACKET, "RBracket"],
    [LBRACE, "LBrace"],
    [RBRACE, "RBrace"],
    [COLON, "Colon"],
    [COMMA, "Comma"],
    [TRUE, "Boolean"],
    [FALSE, "Boolean"],
    [NULL, "Null"]
]);

/** @type {Map<string,TokenType>} */
const knownJSON5TokenTypes = new Map([
    ...knownTokenTypes,
    [NAN$1, "Number"],
    [INFINITY$1, "Number"]
]);

// JSON5
const json5LineTerminators = new Set([
    CHAR_NEWLINE,
    CHAR_RETURN,
    CHAR_LINE_SEPARATOR,
    CHAR_PARAGRAPH_SEPARATOR
]);

/**
 * @fileoverview JSON tokenization/parsing errors
 * @author Nicholas C. Zakas
 */

//-----------------------------------------------------------------------------
// Typedefs
//-----------------------------------------------------------------------------

/** @typedef {import("./typedefs.js").Location} Location */
/** @typedef {import("./typedefs.js").Token} Token */

//-----------------------------------------------------------------------------
// Errors
//-----------------------------------------------------------------------------

/**
 * Base class that attaches location to an error.
 */
class ErrorWithLocation extends Error {

    /**
     * Creates a new instance.
     * @param {string} message The error message to report. 
     * @param {Location} loc The location information for the error.
     */
    constructor(message, { line, column, offset }) {
        super(`${ message } (${ line }:${ column})`);

        /**
         * The line on which the error occurred.
         * @type {number}
         */
        this.line = line;

        /**
         * The column on which the error occurred.
         * @type {number}
         */
        this.column = column;
        
        /**
         * The index into the string where the error occurred.
         * @type {number}
         */
        this.offset = offset;
    }

}

/**
 * Error thrown when an unexpected character is found during tokenizing.
 */
class UnexpectedChar extends ErrorWithLocation {

    /**
     * Creates a new instance.
     * @param {number} unexpected The character that was found.
     * @param {Location} loc The location information for the found character.
     */
    constructor(unexpected, loc) {
        super(`Unexpected character '${ String.fromCharCode(unexpected) }' found.`, loc);
    }
}

/**
 * Error thrown when an unexpected identifier is found during tokenizing.
 */
class UnexpectedIdentifier extends ErrorWithLocation {

    /**
     * Creates a new instance.
     * @param {string} unexpected The character that was found.
     * @param {Location} loc The location information for the found character.
     */
    constructor(unexpected, loc) {
        super(`Unexpected identifier '${ unexpected }' found.`, loc);
    }
}

/**
 * Error thrown when an unexpected token is found during parsing.
 */
class UnexpectedToken extends ErrorWithLocation {

    /**
     * Creates a new instance.
     * @param {Token} token The token that was found. 
     */
    constructor(token) {
        super(`Unexpected token ${ token.type } found.`, token.loc.start);
    }
}

/**
 * Error thrown when the end of input is found where it isn't expected.
 */
class UnexpectedEOF extends ErrorWithLocation {

    /**
     * Creates a new instance.
     * @param {Location} loc The location information for the found character.
     */
    constructor(loc) {
        super("Unexpected end of input found.", loc);
    }
}

/*
 * The following is extracted from https://github.com/json5/json5/
 *
 * MIT License
 * 
 * Copyright (c) 2012-2018 Aseem Kishore, and others.
 * 
 * Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the "Software"), to deal in the Software without restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the following conditions:
 * 
 * The above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software.
 * 
 * THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
*/

const ID_Start = /[\xAA\xB5\xBA\xC0-\xD6\xD8-\xF6\xF8-\u02C1\u02C6-\u02D1\u02E0-\u02E4\u02EC\u02EE\u0370-\u0374\u0376\u0377\u037A-\u037D\u037F\u0386\u0388-\u038A\u038C\u038E-\u03A1\u03A3-\u03F5\u03F7-\u0481\u048A-\u052F\u0531-\u0556\u0559\u0561-\u0587\u05D0-\u05EA\u05F0-\u05F2\u0620-\u064A\u066E\u066F\u0671-\u06D3\u06D5\u06E5\u06E6\u06EE\u06EF\u06FA-\u06FC\u06FF\u0710\u0712-\u072F\u074D-\u07A5\u07B1\u07CA-\u07EA\u07F4\u07F5\u07FA\u0800-\u0815\u081A\u0824\u0828\u0840-\u0858\u0860-\u086A\u08A0-\u08B4\u08B6-\u08BD\u0904-\u0939\u093D\u0950\u0958-\u0961\u0971-\u0980\u0985-\u098C\u098F\u0990\u0993-\u09A8\u09AA-\u09B0\u09B2\u09B6-\u09B9\u09BD\u09CE\u09DC\u09DD\u09DF-\u09E1\u09F0\u09F1\u09FC\u0A05-\u0A0A\u0A0F\u0A10\u0A13-\u0A28\u0A2A-\u0A30\u0A32\u0A33\u0A35\u0A36\u0A38\u0A39\u0A59-\u0A5C\u0A5E\u0A72-\u0A74\u0A85-\u0A8D\u0A8F-\u0A91\u0A93-\u0AA8\u0AAA-\u0AB0\u0AB2\u0AB3\u0AB5-\u0AB9\u0ABD\u0AD0\u0AE0\u0AE1\u0AF9\u0B05-\u0B0C\u0B0F\u0B10\u0B13-\u0B28\u0B2A-\u0B30\u0B32\u0B33\u0B35-\u0B39\u0B3D\u0B5C\u0B5D\u0B5F-\u0B61\u0B71\u0B83\u0B85-\u0B8A\u0B8E-\u0B90\u0B92-\u0B95\u0B99\u0B9A\u0B9C\u0B9E\u0B9F\u0BA3\u0BA4\u0BA8-\u0BAA\u0BAE-\u0BB9\u0BD0\u0C05-\u0C0C\u0C0E-\u0C10\u0C12-\u0C28\u0C2A-\u0C39\u0C3D\u0C58-\u0C5A\u0C60\u0C61\u0C80\u0C85-\u0C8C\u0C8E-\u0C90\u0C92-\u0CA8\u0CAA-\u0CB3\u0CB5-\u0CB9\u0CBD\u0CDE\u0CE0\u0CE1\u0CF1\u0CF2\u0D05-\u0D0C\u0D0E-\u0D10\u0D12-\u0D3A\u0D3D\u0D4E\u0D54-\u0D56\u0D5F-\u0D61\u0D7A-\u0D7F\u0D85-\u0D96\u0D9A-\u0DB1\u0DB3-\u0DBB\u0DBD\u0DC0-\u0DC6\u0E01-\u0E30\u0E32\u0E33\u0E40-\u0E46\u0E81\u0E82\u0E84\u0E87\u0E88\u0E8A\u0E8D\u0E94-\u0E97\u0E99-\u0E9F\u0EA1-\u0EA3\u0EA5\u0EA7\u0EAA\u0EAB\u0EAD-\u0EB0\u0EB2\u0EB3\u0EBD\u0EC0-\u0EC4\u0EC6\u0EDC-\u0EDF\u0F00\u0F40-\u0F47\u0F49-\u0F6C\u0F88-\u0F8C\u1000-\u102A\u103F\u1050-\u1055\u105A-\u105D\u1061\u1065\u1066\u106E-\u1070\u1075-\u1081\u108E\u10A0-\u10C5\u10C7\u10CD\u10D0-\u10FA\u10FC-\u1248\u124A-\u124D\u1250-\u1256\u1258\u125A-\u125D\u1260-\u1288\u128A-\u128D\u1290-\u12B0\u12B2-\u12B5\u12B8-\u12BE\u12C0\u12C2-\u12C5\u12C8-\u12D6\u12D8-\u1310\u1312-\u1315\u1318-\u135A\u1380-\u138F\u13A0-\u13F5\u13F8-\u13FD\u1401-\u166C\u166F-\u167F\u1681-\u169A\u16A0-\u16EA\u16EE-\u16F8\u1700-\u170C\u170E-\u1711\u1720-\u1731\u1740-\u1751\u1760-\u176C\u176E-\u1770\u1780-\u17B3\u17D7\u17DC\u1820-\u1877\u1880-\u1884\u1887-\u18A8\u18AA\u18B0-\u18F5\u1900-\u191E\u1950-\u196D\u1970-\u1974\u1980-\u19AB\u19B0-\u19C9\u1A00-\u1A16\u1A20-\u1A54\u1AA7\u1B05-\u1B33\u1B45-\u1B4B\u1B83-\u1BA0\u1BAE\u1BAF\u1BBA-\u1BE5\u1C00-\u1C23\u1C4D-\u1C4F\u1C5A-\u1C7D\u1C80-\u1C88\u1CE9-\u1CEC\u1CEE-\u1CF1\u1CF5\u1CF6\u1D00-\u1DBF\u1E00-\u1F15\u1F18-\u1F1D\u1F20-\u1F45\u1F48-\u1F4D\u1F50-\u1F57\u1F59\u1F5B\u1F5D\u1F5F-\u1F7D\u1F80-\u1FB4\u1FB6-\u1FBC\u1FBE\u1FC2-\u1FC4\u1FC6-\u1FCC\u1FD0-\u1FD3\u1FD6-\u1FDB\u1FE0-\u1FEC\u1FF2-\u1FF4\u1FF6-\u1FFC\u2071\u207F\u2090-\u209C\u2102\u2107\u210A-\u2113\u2115\u2119-\u211D\u2124\u2126\u2128\u212A-\u212D\u212F-\u2139\u213C-\u213F\u2145-\u2149\u214E\u2160-\u2188\u2C00-\u2C2E\u2C30-\u2C5E\u2C60-\u2CE4\u2CEB-\u2CEE\u2CF2\u2CF3\u2D00-\u2D25\u2D27\u2D2D\u2D30-\u2D67\u2D6F\u2D80-\u2D96\u2DA0-\u2DA6\u2DA8-\u2DAE\u2DB0-\u2DB6\u2DB8-\u2DBE\u2DC0-\u2DC6\u2DC8-\u2DCE\u2DD0-\u2DD6\u2DD8-\u2DDE\u2E2F\u3005-\u3007\u3021-\u3029\u3031-\u3035\u3038-\u303C\u3041-\u3096\u309D-\u309F\u30A1-\u30FA\u30FC-\u30FF\u3105-\u312E\u3131-\u318E\u31A0-\u31BA\u31F0-\u31FF\u3400-\u4DB5\u4E00-\u9FEA\uA000-\uA48C\uA4D0-\uA4FD\uA500-\uA60C\uA610-\uA61F\uA62A\uA62B\uA640-\uA66E\uA67F-\uA69D\uA6A0-\uA6EF\uA717-\uA71F\uA722-\uA788\uA78B-\uA7AE\uA7B0-\uA7B7\uA7F7-\uA801\uA803-\uA805\uA807-\uA80A\uA80C-\uA822\uA840-\uA873\uA882-\uA8B3\uA8F2-\uA8F7\uA8FB\uA8FD\uA90A-\uA925\uA930-\uA946\uA960-\uA97C\uA984-\uA9B2\uA9CF\uA9E0-\uA9E4\uA9E6-\uA9EF\uA9FA-\uA9FE\uAA00-\uAA28\uAA40-\uAA42\uAA44-\uAA4B\uAA60-\uAA76\uAA7A\uAA7E-\uAAAF\uAAB1\uAAB5\uAAB6\uAAB9-\uAABD\uAAC0\uAAC2\uAADB-\uAADD\uAAE0-\uAAEA\uAAF2-\uAAF4\uAB01-\uAB06\uAB09-\uAB0E\uAB11-\uAB16\uAB20-\uAB26\uAB28-\uAB2E\uAB30-\uAB5A\uAB5C-\uAB65\uAB70-\uABE2\uAC00-\uD7A3\uD7B0-\uD7C6\uD7CB-\uD7FB\uF900-\uFA6D\uFA70-\uFAD9\uFB00-\uFB06\uFB13-\uFB17\uFB1D\uFB1F-\uFB28\uFB2A-\uFB36\uFB38-\uFB3C\uFB3E\uFB40\uFB41\uFB43\uFB44\uFB46-\uFBB1\uFBD3-\uFD3D\uFD50-\uFD8F\uFD92-\uFDC7\uFDF0-\uFDFB\uFE70-\uFE74\uFE76-\uFEFC\uFF21-\uFF3A\uFF41-\uFF5A\uFF66-\uFFBE\uFFC2-\uFFC7\uFFCA-\uFFCF\uFFD2-\uFFD7\uFFDA-\uFFDC]|\uD800[\uDC00-\uDC0B\uDC0D-\uDC26\uDC28-\uDC3A\uDC3C\uDC3D\uDC3F-\uDC4D\uDC50-\uDC5D\uDC80-\uDCFA\uDD40-\uDD74\uDE80-\uDE9C\uDEA0-\uDED0\uDF00-\uDF1F\uDF2D-\uDF4A\uDF50-\uDF75\uDF80-\uDF9D\uDFA0-\uDFC3\uDFC8-\uDFCF\uDFD1-\uDFD5]|\uD801[\uDC00-\uDC9D\uDCB0-\uDCD3\uDCD8-\uDCFB\uDD00-\uDD27\uDD30-\uDD63\uDE00-\uDF36\uDF40-\uDF55\uDF60-\uDF67]|\uD802[\uDC00-\uDC05\uDC08\uDC0A-\uDC35\uDC37\uDC38\uDC3C\uDC3F-\uDC55\uDC60-\uDC76\uDC80-\uDC9E\uDCE0-\uDCF2\uDCF4\uDCF5\uDD00-\uDD15\uDD20-\uDD39\uDD80-\uDDB7\uDDBE\uDDBF\uDE00\uDE10-\uDE13\uDE15-\uDE17\uDE19-\uDE33\uDE60-\uDE7C\uDE80-\uDE9C\uDEC0-\uDEC7\uDEC9-\uDEE4\uDF00-\uDF35\uDF40-\uDF55\uDF60-\uDF72\uDF80-\uDF91]|\uD803[\uDC00-\uDC48\uDC80-\uDCB2\uDCC0-\uDCF2]|\uD804[\uDC03-\uDC37\uDC83-\uDCAF\uDCD0-\uDCE8\uDD03-\uDD26\uDD50-\uDD72\uDD76\uDD83-\uDDB2\uDDC1-\uDDC4\uDDDA\uDDDC\uDE00-\uDE11\uDE13-\uDE2B\uDE80-\uDE86\uDE88\uDE8A-\uDE8D\uDE8F-\uDE9D\uDE9F-\uDEA8\uDEB0-\uDEDE\uDF05-\uDF0C\uDF0F\uDF10\uDF13-\uDF28\uDF2A-\uDF30\uDF32\uDF33\uDF35-\uDF39\uDF3D\uDF50\uDF5D-\uDF61]|\uD805[\uDC00-\uDC34\uDC47-\uDC4A\uDC80-\uDCAF\uDCC4\uDCC5\uDCC7\uDD80-\uDDAE\uDDD8-\uDDDB\uDE00-\uDE2F\uDE44\uDE80-\uDEAA\uDF00-\uDF19]|\uD806[\uDCA0-\uDCDF\uDCFF\uDE00\uDE0B-\uDE32\uDE3A\uDE50\uDE5C-\uDE83\uDE86-\uDE89\uDEC0-\uDEF8]|\uD807[\uDC00-\uDC08\uDC0A-\uDC2E\uDC40\uDC72-\uDC8F\uDD00-\uDD06\uDD08\uDD09\uDD0B-\uDD30\uDD46]|\uD808[\uDC00-\uDF99]|\uD809[\uDC00-\uDC6E\uDC80-\uDD43]|[\uD80C\uD81C-\uD820\uD840-\uD868\uD86A-\uD86C\uD86F-\uD872\uD874-\uD879][\uDC00-\uDFFF]|\uD80D[\uDC00-\uDC2E]|\uD811[\uDC00-\uDE46]|\uD81A[\uDC00-\uDE38\uDE40-\uDE5E\uDED0-\uDEED\uDF00-\uDF2F\uDF40-\uDF43\uDF63-\uDF77\uDF7D-\uDF8F]|\uD81B[\uDF00-\uDF44\uDF50\uDF93-\uDF9F\uDFE0\uDFE1]|\uD821[\uDC00-\uDFEC]|\uD822[\uDC00-\uDEF2]|\uD82C[\uDC00-\uDD1E\uDD70-\uDEFB]|\uD82F[\uDC00-\uDC6A\uDC70-\uDC7C\uDC80-\uDC88\uDC90-\uDC99]|\uD835[\uDC00-\uDC54\uDC56-\uDC9C\uDC9E\uDC9F\uDCA2\uDCA5\uDCA6\uDCA9-\uDCAC\uDCAE-\uDCB9\uDCBB\uDCBD-\uDCC3\uDCC5-\uDD05\uDD07-\uDD0A\uDD0D-\uDD14\uDD16-\uDD1C\uDD1E-\uDD39\uDD3B-\uDD3E\uDD40-\uDD44\uDD46\uDD4A-\uDD50\uDD52-\uDEA5\uDEA8-\uDEC0\uDEC2-\uDEDA\uDEDC-\uDEFA\uDEFC-\uDF14\uDF16-\uDF34\uDF36-\uDF4E\uDF50-\uDF6E\uDF70-\uDF88\uDF8A-\uDFA8\uDFAA-\uDFC2\uDFC4-\uDFCB]|\uD83A[\uDC00-\uDCC4\uDD00-\uDD43]|\uD83B[\uDE00-\uDE03\uDE05-\uDE1F\uDE21\uDE22\uDE24\uDE27\uDE29-\uDE32\uDE34-\uDE37\uDE39\uDE3B\uDE42\uDE47\uDE49\uDE4B\uDE4D-\uDE4F\uDE51\uDE52\uDE54\uDE57\uDE59\uDE5B\uDE5D\uDE5F\uDE61\uDE62\uDE64\uDE67-\uDE6A\uDE6C-\uDE72\uDE74-\uDE77\uDE79-\uDE7C\uDE7E\uDE80-\uDE89\uDE8B-\uDE9B\uDEA1-\uDEA3\uDEA5-\uDEA9\uDEAB-\uDEBB]|\uD869[\uDC00-\uDED6\uDF00-\uDFFF]|\uD86D[\uDC00-\uDF34\uDF40-\uDFFF]|\uD86E[\uDC00-\uDC1D\uDC20-\uDFFF]|\uD873[\uDC00-\uDEA1\uDEB0-\uDFFF]|\uD87A[\uDC00-\uDFE0]|\uD87E[\uDC00-\uDE1D]/;
// eslint-disable-next-line no-misleading-character-class
const ID_Continue = /[\xAA\xB5\xBA\xC0-\xD6\xD8-\xF6\xF8-\u02C1\u02C6-\u02D1\u02E0-\u02E4\u02EC\u02EE\u0300-\u0374\u0376\u0377\u037A-\u037D\u037F\u0386\u0388-\u038A\u038C\u038E-\u03A1\u03A3-\u03F5\u03F7-\u0481\u0483-\u0487\u048A-\u052F\u0531-\u0556\u0559\u0561-\u0587\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7\u05D0-\u05EA\u05F0-\u05F2\u0610-\u061A\u0620-\u0669\u066E-\u06D3\u06D5-\u06DC\u06DF-\u06E8\u06EA-\u06FC\u06FF\u0710-\u074A\u074D-\u07B1\u07C0-\u07F5\u07FA\u0800-\u082D\u0840-\u085B\u0860-\u086A\u08A0-\u08B4\u08B6-\u08BD\u08D4-\u08E1\u08E3-\u0963\u0966-\u096F\u0971-\u0983\u0985-\u098C\u098F\u0990\u0993-\u09A8\u09AA-\u09B0\u09B2\u09B6-\u09B9\u09BC-\u09C4\u09C7\u09C8\u09CB-\u09CE\u09D7\u09DC\u09DD\u09DF-\u09E3\u09E6-\u09F1\u09FC\u0A01-\u0A03\u0A05-\u0A0A\u0A0F\u0A10\u0A13-\u0A28\u0A2A-\u0A30\u0A32\u0A33\u0A35\u0A36\u0A38\u0A39\u0A3C\u0A3E-\u0A42\u0A47\u0A48\u0A4B-\u0A4D\u0A51\u0A59-\u0A5C\u0A5E\u0A66-\u0A75\u0A81-\u0A83\u0A85-\u0A8D\u0A8F-\u0A91\u0A93-\u0AA8\u0AAA-\u0AB0\u0AB2\u0AB3\u0AB5-\u0AB9\u0ABC-\u0AC5\u0AC7-\u0AC9\u0ACB-\u0ACD\u0AD0\u0AE0-\u0AE3\u0AE6-\u0AEF\u0AF9-\u0AFF\u0B01-\u0B03\u0B05-\u0B0C\u0B0F\u0B10\u0B13-\u0B28\u0B2A-\u0B30\u0B32\u0B33\u0B35-\u0B39\u0B3C-\u0B44\u0B47\u0B48\u0B4B-\u0B4D\u0B56\u0B57\u0B5C\u0B5D\u0B5F-\u0B63\u0B66-\u0B6F\u0B71\u0B82\u0B83\u0B85-\u0B8A\u0B8E-\u0B90\u0B92-\u0B95\u0B99\u0B9A\u0B9C\u0B9E\u0B9F\u0BA3\u0BA4\u0BA8-\u0BAA\u0BAE-\u0BB9\u0BBE-\u0BC2\u0BC6-\u0BC8\u0BCA-\u0BCD\u0BD0\u0BD7\u0BE6-\u0BEF\u0C00-\u0C03\u0C05-\u0C0C\u0C0E-\u0C10\u0C12-\u0C28\u0C2A-\u0C39\u0C3D-\u0C44\u0C46-\u0C48\u0C4A-\u0C4D\u0C55\u0C56\u0C58-\u0C5A\u0C60-\u0C63\u0C66-\u0C6F\u0C80-\u0C83\u0C85-\u0C8C\u0C8E-\u0C90\u0C92-\u0CA8\u0CAA-\u0CB3\u0CB5-\u0CB9\u0CBC-\u0CC4\u0CC6-\u0CC8\u0CCA-\u0CCD\u0CD5\u0CD6\u0CDE\u0CE0-\u0CE3\u0CE6-\u0CEF\u0CF1\u0CF2\u0D00-\u0D03\u0D05-\u0D0C\u0D0E-\u0D10\u0D12-\u0D44\u0D46-\u0D48\u0D4A-\u0D4E\u0D54-\u0D57\u0D5F-\u0D63\u0D66-\u0D6F\u0D7A-\u0D7F\u0D82\u0D83\u0D85-\u0D96\u0D9A-\u0DB1\u0DB3-\u0DBB\u0DBD\u0DC0-\u0DC6\u0DCA\u0DCF-\u0DD4\u0DD6\u0DD8-\u0DDF\u0DE6-\u0DEF\u0DF2\u0DF3\u0E01-\u0E3A\u0E40-\u0E4E\u0E50-\u0E59\u0E81\u0E82\u0E84\u0E87\u0E88\u0E8A\u0E8D\u0E94-\u0E97\u0E99-\u0E9F\u0EA1-\u0EA3\u0EA5\u0EA7\u0EAA\u0EAB\u0EAD-\u0EB9\u0EBB-\u0EBD\u0EC0-\u0EC4\u0EC6\u0EC8-\u0ECD\u0ED0-\u0ED9\u0EDC-\u0EDF\u0F00\u0F18\u0F19\u0F20-\u0F29\u0F35\u0F37\u0F39\u0F3E-\u0F47\u0F49-\u0F6C\u0F71-\u0F84\u0F86-\u0F97\u0F99-\u0FBC\u0FC6\u1000-\u1049\u1050-\u109D\u10A0-\u10C5\u10C7\u10CD\u10D0-\u10FA\u10FC-\u1248\u124A-\u124D\u1250-\u1256\u1258\u125A-\u125D\u1260-\u1288\u128A-\u128D\u1290-\u12B0\u12B2-\u12B5\u12B8-\u12BE\u12C0\u12C2-\u12C5\u12C8-\u12D6\u12D8-\u1310\u1312-\u1315\u1318-\u135A\u135D-\u135F\u1380-\u138F\u13A0-\u13F5\u13F8-\u13FD\u1401-\u166C\u166F-\u167F\u1681-\u169A\u16A0-\u16EA\u16EE-\u16F8\u1700-\u170C\u170E-\u1714\u1720-\u1734\u1740-\u1753\u1760-\u176C\u176E-\u1770\u1772\u1773\u1780-\u17D3\u17D7\u17DC\u17DD\u17E0-\u17E9\u180B-\u180D\u1810-\u1819\u1820-\u1877\u1880-\u18AA\u18B0-\u18F5\u1900-\u191E\u1920-\u192B\u1930-\u193B\u1946-\u196D\u1970-\u1974\u1980-\u19AB\u19B0-\u19C9\u19D0-\u19D9\u1A00-\u1A1B\u1A20-\u1A5E\u1A60-\u1A7C\u1A7F-\u1A89\u1A90-\u1A99\u1AA7\u1AB0-\u1ABD\u1B00-\u1B4B\u1B50-\u1B59\u1B6B-\u1B73\u1B80-\u1BF3\u1C00-\u1C37\u1C40-\u1C49\u1C4D-\u1C7D\u1C80-\u1C88\u1CD0-\u1CD2\u1CD4-\u1CF9\u1D00-\u1DF9\u1DFB-\u1F15\u1F18-\u1F1D\u1F20-\u1F45\u1F48-\u1F4D\u1F50-\u1F57\u1F59\u1F5B\u1F5D\u1F5F-\u1F7D\u1F80-\u1FB4\u1FB6-\u1FBC\u1FBE\u1FC2-\u1FC4\u1FC6-\u1FCC\u1FD0-\u1FD3\u1FD6-\u1FDB\u1FE0-\u1FEC\u1FF2-\u1FF4\u1FF6-\u1FFC\u203F\u2040\u2054\u2071\u207F\u2090-\u209C\u20D0-\u20DC\u20E1\u20E5-\u20F0\u2102\u2107\u210A-\u2113\u2115\u2119-\u211D\u2124\u2126\u2128\u212A-\u212D\u212F-\u2139\u213C-\u213F\u2145-\u2149\u214E\u2160-\u2188\u2C00-\u2C2E\u2C30-\u2C5E\u2C60-\u2CE4\u2CEB-\u2CF3\u2D00-\u2D25\u2D27\u2D2D\u2D30-\u2D67\u2D6F\u2D7F-\u2D96\u2DA0-\u2DA6\u2DA8-\u2DAE\u2DB0-\u2DB6\u2DB8-\u2DBE\u2DC0-\u2DC6\u2DC8-\u2DCE\u2DD0-\u2DD6\u2DD8-\u2DDE\u2DE0-\u2DFF\u2E2F\u3005-\u3007\u3021-\u302F\u3031-\u3035\u3038-\u303C\u3041-\u3096\u3099\u309A\u309D-\u309F\u30A1-\u30FA\u30FC-\u30FF\u3105-\u312E\u3131-\u318E\u31A0-\u31BA\u31F0-\u31FF\u3400-\u4DB5\u4E00-\u9FEA\uA000-\uA48C\uA4D0-\uA4FD\uA500-\uA60C\uA610-\uA62B\uA640-\uA66F\uA674-\uA67D\uA67F-\uA6F1\uA717-\uA71F\uA722-\uA788\uA78B-\uA7AE\uA7B0-\uA7B7\uA7F7-\uA827\uA840-\uA873\uA880-\uA8C5\uA8D0-\uA8D9\uA8E0-\uA8F7\uA8FB\uA8FD\uA900-\uA92D\uA930-\uA953\uA960-\uA97C\uA980-\uA9C0\uA9CF-\uA9D9\uA9E0-\uA9FE\uAA00-\uAA36\uAA40-\uAA4D\uAA50-\uAA59\uAA60-\uAA76\uAA7A-\uAAC2\uAADB-\uAADD\uAAE0-\uAAEF\uAAF2-\uAAF6\uAB01-\uAB06\uAB09-\uAB0E\uAB11-\uAB16\uAB20-\uAB26\uAB28-\uAB2E\uAB30-\uAB5A\uAB5C-\uAB65\uAB70-\uABEA\uABEC\uABED\uABF0-\uABF9\uAC00-\uD7A3\uD7B0-\uD7C6\uD7CB-\uD7FB\uF900-\uFA6D\uFA70-\uFAD9\uFB00-\uFB06\uFB13-\uFB17\uFB1D-\uFB28\uFB2A-\uFB36\uFB38-\uFB3C\uFB3E\uFB40\uFB41\uFB43\uFB44\uFB46-\uFBB1\uFBD3-\uFD3D\uFD50-\uFD8F\uFD92-\uFDC7\uFDF0-\uFDFB\uFE00-\uFE0F\uFE20-\uFE2F\uFE33\uFE34\uFE4D-\uFE4F\uFE70-\uFE74\uFE76-\uFEFC\uFF10-\uFF19\uFF21-\uFF3A\uFF3F\uFF41-\uFF5A\uFF66-\uFFBE\uFFC2-\uFFC7\uFFCA-\uFFCF\uFFD2-\uFFD7\uFFDA-\uFFDC]|\uD800[\uDC00-\uDC0B\uDC0D-\uDC26\uDC28-\uDC3A\uDC3C\uDC3D\uDC3F-\uDC4D\uDC50-\uDC5D\uDC80-\uDCFA\uDD40-\uDD74\uDDFD\uDE80-\uDE9C\uDEA0-\uDED0\uDEE0\uDF00-\uDF1F\uDF2D-\uDF4A\uDF50-\uDF7A\uDF80-\uDF9D\uDFA0-\uDFC3\uDFC8-\uDFCF\uDFD1-\uDFD5]|\uD801[\uDC00-\uDC9D\uDCA0-\uDCA9\uDCB0-\uDCD3\uDCD8-\uDCFB\uDD00-\uDD27\uDD30-\uDD63\uDE00-\uDF36\uDF40-\uDF55\uDF60-\uDF67]|\uD802[\uDC00-\uDC05\uDC08\uDC0A-\uDC35\uDC37\uDC38\uDC3C\uDC3F-\uDC55\uDC60-\uDC76\uDC80-\uDC9E\uDCE0-\uDCF2\uDCF4\uDCF5\uDD00-\uDD15\uDD20-\uDD39\uDD80-\uDDB7\uDDBE\uDDBF\uDE00-\uDE03\uDE05\uDE06\uDE0C-\uDE13\uDE15-\uDE17\uDE19-\uDE33\uDE38-\uDE3A\uDE3F\uDE60-\uDE7C\uDE80-\uDE9C\uDEC0-\uDEC7\uDEC9-\uDEE6\uDF00-\uDF35\uDF40-\uDF55\uDF60-\uDF72\uDF80-\uDF91]|\uD803[\uDC00-\uDC48\uDC80-\uDCB2\uDCC0-\uDCF2]|\uD804[\uDC00-\uDC46\uDC66-\uDC6F\uDC7F-\uDCBA\uDCD0-\uDCE8\uDCF0-\uDCF9\uDD00-\uDD34\uDD36-\uDD3F\uDD50-\uDD73\uDD76\uDD80-\uDDC4\uDDCA-\uDDCC\uDDD0-\uDDDA\uDDDC\uDE00-\uDE11\uDE13-\uDE37\uDE3E\uDE80-\uDE86\uDE88\uDE8A-\uDE8D\uDE8F-\uDE9D\uDE9F-\uDEA8\uDEB0-\uDEEA\uDEF0-\uDEF9\uDF00-\uDF03\uDF05-\uDF0C\uDF0F\uDF10\uDF13-\uDF28\uDF2A-\uDF30\uDF32\uDF33\uDF35-\uDF39\uDF3C-\uDF44\uDF47\uDF48\uDF4B-\uDF4D\uDF50\uDF57\uDF5D-\uDF63\uDF66-\uDF6C\uDF70-\uDF74]|\uD805[\uDC00-\uDC4A\uDC50-\uDC59\uDC80-\uDCC5\uDCC7\uDCD0-\uDCD9\uDD80-\uDDB5\uDDB8-\uDDC0\uDDD8-\uDDDD\uDE00-\uDE40\uDE44\uDE50-\uDE59\uDE80-\uDEB7\uDEC0-\uDEC9\uDF00-\uDF19\uDF1D-\uDF2B\uDF30-\uDF39]|\uD806[\uDCA0-\uDCE9\uDCFF\uDE00-\uDE3E\uDE47\uDE50-\uDE83\uDE86-\uDE99\uDEC0-\uDEF8]|\uD807[\uDC00-\uDC08\uDC0A-\uDC36\uDC38-\uDC40\uDC50-\uDC59\uDC72-\uDC8F\uDC92-\uDCA7\uDCA9-\uDCB6\uDD00-\uDD06\uDD08\uDD09\uDD0B-\uDD36\uDD3A\uDD3C\uDD3D\uDD3F-\uDD47\uDD50-\uDD59]|\uD808[\uDC00-\uDF99]|\uD809[\uDC00-\uDC6E\uDC80-\uDD43]|[\uD80C\uD81C-\uD820\uD840-\uD868\uD86A-\uD86C\uD86F-\uD872\uD874-\uD879][\uDC00-\uDFFF]|\uD80D[\uDC00-\uDC2E]|\uD811[\uDC00-\uDE46]|\uD81A[\uDC00-\uDE38\uDE40-\uDE5E\uDE60-\uDE69\uDED0-\uDEED\uDEF0-\uDEF4\uDF00-\uDF36\uDF40-\uDF43\uDF50-\uDF59\uDF63-\uDF77\uDF7D-\uDF8F]|\uD81B[\uDF00-\uDF44\uDF50-\uDF7E\uDF8F-\uDF9F\uDFE0\uDFE1]|\uD821[\uDC00-\uDFEC]|\uD822[\uDC00-\uDEF2]|\uD82C[\uDC00-\uDD1E\uDD70-\uDEFB]|\uD82F[\uDC00-\uDC6A\uDC70-\uDC7C\uDC80-\uDC88\uDC90-\uDC99\uDC9D\uDC9E]|\uD834[\uDD65-\uDD69\uDD6D-\uDD72\uDD7B-\uDD82\uDD85-\uDD8B\uDDAA-\uDDAD\uDE42-\uDE44]|\uD835[\uDC00-\uDC54\uDC56-\uDC9C\uDC9E\uDC9F\uDCA2\uDCA5\uDCA6\uDCA9-\uDCAC\uDCAE-\uDCB9\uDCBB\uDCBD-\uDCC3\uDCC5-\uDD05\uDD07-\uDD0A\uDD0D-\uDD14\uDD16-\uDD1C\uDD1E-\uDD39\uDD3B-\uDD3E\uDD40-\uDD44\uDD46\uDD4A-\uDD50\uDD52-\uDEA5\uDEA8-\uDEC0\uDEC2-\uDEDA\uDEDC-\uDEFA\uDEFC-\uDF14\uDF16-\uDF34\uDF36-\uDF4E\uDF50-\uDF6E\uDF70-\uDF88\uDF8A-\uDFA8\uDFAA-\uDFC2\uDFC4-\uDFCB\uDFCE-\uDFFF]|\uD836[\uDE00-\uDE36\uDE3B-\uDE6C\uDE75\uDE84\uDE9B-\uDE9F\uDEA1-\uDEAF]|\uD838[\uDC00-\uDC06\uDC08-\uDC18\uDC1B-\uDC21\uDC23\uDC24\uDC26-\uDC2A]|\uD83A[\uDC00-\uDCC4\uDCD0-\uDCD6\uDD00-\uDD4A\uDD50-\uDD59]|\uD83B[\uDE00-\uDE03\uDE05-\uDE1F\uDE21\uDE22\uDE24\uDE27\uDE29-\uDE32\uDE34-\uDE37\uDE39\uDE3B\uDE42\uDE47\uDE49\uDE4B\uDE4D-\uDE4F\uDE51\uDE52\uDE54\uDE57\uDE59\uDE5B\uDE5D\uDE5F\uDE61\uDE62\uDE64\uDE67-\uDE6A\uDE6C-\uDE72\uDE74-\uDE77\uDE79-\uDE7C\uDE7E\uDE80-\uDE89\uDE8B-\uDE9B\uDEA1-\uDEA3\uDEA5-\uDEA9\uDEAB-\uDEBB]|\uD869[\uDC00-\uDED6\uDF00-\uDFFF]|\uD86D[\uDC00-\uDF34\uDF40-\uDFFF]|\uD86E[\uDC00-\uDC1D\uDC20-\uDFFF]|\uD873[\uDC00-\uDEA1\uDEB0-\uDFFF]|\uD87A[\uDC00-\uDFE0]|\uD87E[\uDC00-\uDE1D]|\uDB40[\uDD00-\uDDEF]/;

/**
 * @fileoverview A charactor code reader.
 * @author Nicholas C. Zakas
 */

//-----------------------------------------------------------------------------
// Type Definitions
//-----------------------------------------------------------------------------


//-----------------------------------------------------------------------------
// Data
//-----------------------------------------------------------------------------

const CHAR_CR = 13; // \r
const CHAR_LF = 10; // \n

//-----------------------------------------------------------------------------
// CharCodeReader
//-----------------------------------------------------------------------------

/**
 * A reader that reads character codes from a string.
 */
class CharCodeReader {

    /**
     * The text to read from.
     * @type {string}
     */
    #text = "";

    /**
     * The current line number.
     * @type {number}
     */
    #line = 1;

    /**
     * The current column number.
     * @type {number}
     */
    #column = 0;

    /**
     * The current offset in the text.
     * @type {number}
     */
    #offset = -1;

    /**
     * Whether the last character read was a new line.
     * @type {boolean}
     */
    #newLine = false;

    /**
     * The last character code read.
     * @type {number}
     */
    #last = -1;

    /**
     * Whether the reader has ended.
     * @type {boolean}
     */
    #ended = false;

    /**
     * Creates a new instance.
     * @param {string} text The text to read from
     */
    constructor(text) {
        this.#text = text;
    }

    /**
     * Ends the reader.
     * @returns {void}
     */
    #end() {
        if (this.#ended) {
            return;
        }

        this.#column++;
        this.#offset++;
        this.#last = -1;
        this.#ended = true;
    }

    /**
     * Returns the current position of the reader.
     * @returns {Location} An object with line, column, and offset properties.
     */
    locate() {
        return {
            line: this.#line,
            column: this.#column,
            offset: this.#offset
        };
    }

    /**
     * Reads the next character code in the text.
     * @returns {number} The next character code, or -1 if there are no more characters.
     */
    next() {
        if (this.#offset >= this.#text.length - 1) {
            this.#end();
            return -1;
        }

        this.#offset++;
        const charCode = this.#text.charCodeAt(this.#offset);

        if (this.#newLine) {
            this.#line++;
            this.#column = 1;
            this.#newLine = false;
        } else {
            this.#column++;
        }

        if (charCode === CHAR_CR) {
            this.#newLine = true;

            // if we already see a \r, just ignore upcoming \n
            if (this.peek() === CHAR_LF) {
                this.#offset++;
            }
        } else if (charCode === CHAR_LF) {
            this.#newLine = true;
        }

        this.#last = charCode;

        return charCode;
    }

    /**
     * Peeks at the next character code in the text.
     * @returns {number} The next character code, or -1 if there are no more characters.
     */
    peek() {
        if (this.#offset === this.#text.length - 1) {
            return -1;
        }

        return this.#text.charCodeAt(this.#offset + 1);
    }

    /**
     * Determines if the next character code in the text matches a specific character code.
     * @param {(number) => boolean} fn A function to call on the next character.
     * @returns {boolean} True if the next character code matches, false if not.
     */ 
    match(fn) {
        if (fn(this.peek())) {
            this.next();
            return true;
        }

        return false;
    }

    /**
     * Returns the last character code read.
     * @returns {number} The last character code read.
     */
    current() {
        return this.#last;
    }


}

/**
 * @fileoverview JSON tokenizer
 * @author Nicholas C. Zakas
 */


//-----------------------------------------------------------------------------
// Typedefs
//-----------------------------------------------------------------------------

/** @typedef {import("./typedefs.js").Range} Range */
/** @typedef {import("./typedefs.js").TokenizeOptions} TokenizeOptions */

//-----------------------------------------------------------------------------
// Helpers
//-----------------------------------------------------------------------------

const INFINITY = "Infinity";
const NAN = "NaN";

const keywordStarts = new Set([CHAR_LOWER_T, CHAR_LOWER_F, CHAR_LOWER_N]);
const whitespace = new Set([CHAR_SPACE, CHAR_TAB, CHAR_NEWLINE, CHAR_RETURN]);
const json5Whitespace = new Set([
    ...whitespace,
    CHAR_VTAB,
    CHAR_FORM_FEED,
    CHAR_NBSP,
    CHAR_LINE_SEPARATOR,
    CHAR_PARAGRAPH_SEPARATOR,
    CHAR_BOM,
    CHAR_NON_BREAKING_SPACE,
    CHAR_EN_QUAD,
    CHAR_EM_QUAD,
    CHAR_EN_SPACE,
    CHAR_EM_SPACE,
    CHAR_THREE_PER_EM_SPACE,
    CHAR_FOUR_PER_EM_SPACE,
    CHAR_SIX_PER_EM_SPACE,
    CHAR_FIGURE_SPACE,
    CHAR_PUNCTUATION_SPACE,
    CHAR_THIN_SPACE,
    CHAR_HAIR_SPACE,
    CHAR_NARROW_NO_BREAK_SPACE,
    CHAR_MEDIUM_MATHEMATICAL_SPACE,
    CHAR_IDEOGRAPHIC_SPACE,
]);


/** @type {TokenizeOptions} */
const DEFAULT_OPTIONS$1 = {
    mode: "json",
    ranges: false
};

const jsonKeywords = new Set(["true", "false", "null"]);

const tt = {
    EOF: 0,
    Number: 1,
    String: 2,
    Boolean: 3,
    Null: 4,
    NaN: 5,
    Infinity: 6,
    Identifier: 7,
    Colon: 20,
    LBrace: 21,
    RBrace: 22,
    LBracket: 23,
    RBracket: 24,
    Comma: 25,
    LineComment: 40,
    BlockComment: 41
};


// #region Helpers


/**
 * Determines if a given character is a decimal digit.
 * @param {number} c The character to check.
 * @returns {boolean} `true` if the character is a digit.
 */
function isDigit(c) {
    return c >= CHAR_0 && c <= CHAR_9;
}

/**
 * Determines if a given character is a hexadecimal digit.
 * @param {number} c The character to check.
 * @returns {boolean} `true` if the character is a hexadecimal digit.
 */
function isHexDigit(c) {
    return isDigit(c) ||
        c >= CHAR_UPPER_A && c <= CHAR_UPPER_F ||
        c >= CHAR_LOWER_A && c <= CHAR_LOWER_F;
}

/**
 * Determines if a given character is a positive digit (1-9).
 * @param {number} c The character to check.
 * @returns {boolean} `true` if the character is a positive digit.
 */
function isPositiveDigit(c) {
    return c >= CHAR_1 && c <= CHAR_9;
}

/**
 * Determines if a given character is the start of a keyword.
 * @param {number} c The character to check.
 * @returns {boolean} `true` if the character is the start of a keyword.
 */
function isKeywordStart(c) {
    return keywordStarts.has(c);
}

/**
 * Determines if a given character is the start of a number.
 * @param {number} c The character to check.
 * @returns {boolean} `true` if the character is the start of a number.
 */
function isNumberStart(c) {
    return isDigit(c) || c === CHAR_DOT || c === CHAR_MINUS;
}

/**
 * Determines if a given character is the start of a JSON5 number.
 * @param {number} c The character to check.
 * @returns {boolean} `true` if the character is the start of a JSON5 number.
 */
function isJSON5NumberStart(c) {
    return isNumberStart(c) || c === CHAR_PLUS;
}

/**
 * Determines if a given character is the start of a string.
 * @param {number} c The character to check.
 * @param {boolean} json5 `true` if JSON5 mode is enabled.
 * @returns {boolean} `true` if the character is the start of a string.
 */
function isStringStart(c, json5) {
    return c === CHAR_DOUBLE_QUOTE || (json5 && c === CHAR_SINGLE_QUOTE);
}

/**
 * Tests that a given character is a valid first character of a
 * JSON5 identifier
 * @param {number} c The character to check.
 * @returns {boolean} `true` if the character is a valid first character. 
 */
function isJSON5IdentifierStart(c) {

    // test simple cases first

    if (c === CHAR_DOLLAR || c === CHAR_UNDERSCORE || c === CHAR_BACKSLASH) {
        return true;
    }

    if (c >= CHAR_LOWER_A && c <= CHAR_LOWER_Z || c >= CHAR_UPPER_A && c <= CHAR_UPPER_Z) {
        return true;
    }

    if (c === 0x200C || c === 0x200D) {
        return true;
    }
    
    const ct = String.fromCharCode(c);
    return ID_Start.test(ct);
}

/**
 * Tests that a given character is a valid part of a JSON5 identifier.
 * @param {number} c The character to check.
 * @returns {boolean} `true` if the character is a valid part of an identifier.
 */
function isJSON5IdentifierPart(c) {

    // fast path for simple cases
    if (isJSON5IdentifierStart(c) || isDigit(c)) {
        return true;
    }

    const ct = String.fromCharCode(c);
    return ID_Continue.test(ct);
}


// #endregion

class Tokenizer {

    /**
     * Options for the tokenizer.
     * @type {TokenizeOptions}
     */
    #options;

    /**
     * The source text to tokenize.
     * @type {string}
     */
    #text;

    /**
     * The reader for the source text.
     * @type {CharCodeReader}
     */
    #reader;

    /**
     * Indicates if the tokenizer is in JSON5 mode.
     * @type {boolean}
     */
    #json5;

    /**
     * Indicates if comments are allowed.
     * @type {boolean}
     */
    #allowComments;

    /**
     * Indicates if ranges should be included in the tokens.
     * @type {boolean}
     */
    #ranges;

    /**
     * The last token type read.
     * @type {Token}
     */
    #token;

    /**
     * Determines if a character is an escaped character.
     * @type {(c:number) => boolean}
     */
    #isEscapedCharacter;

    /**
     * Determines if a character is a JSON5 line terminator.
     * @type {(c:number) => boolean}
     */
    #isJSON5LineTerminator;


    /**
     * Determines if a character is a JSON5 hex escape.
     * @type {(c:number) => boolean}
     */
    #isJSON5HexEscape;

    /**
     * Determines if a character is whitespace.
     * @type {(c:number) => boolean}
     */
    #isWhitespace;

    /**
     * Creates a new instance of the tokenizer.
     * @param {string} text The source text
     * @param {TokenizeOptions} [options] Options for the tokenizer.
     */ 
    constructor(text, options) {
        this.#text = text;
        this.#options = {
            ...DEFAULT_OPTIONS$1,
            ...options
        };

        this.#reader = new CharCodeReader(text);
        this.#json5 = this.#options.mode === "json5";
        this.#allowComments = this.#options.mode !== "json";
        this.#ranges = this.#options.ranges;

        // TODO: Clean this up
        this.#isEscapedCharacter = this.#json5 ? json5EscapeToChar.has.bind(json5EscapeToChar) : escapeToChar.has.bind(escapeToChar);
        this.#isJSON5LineTerminator = this.#json5 ? json5LineTerminators.has.bind(json5LineTerminators) : () => false;
        this.#isJSON5HexEscape = this.#json5 ? c => c === CHAR_LOWER_X : () => false;
        this.#isWhitespace = this.#json5 ? json5Whitespace.has.bind(json5Whitespace) : whitespace.has.bind(whitespace);
    }

    // #region Errors

    /**
     * Convenience function for throwing unexpected character errors.
     * @param {number} c The unexpected character.
     * @param {Location} [loc] The location of the unexpected character.
     * @returns {never}
     * @throws {UnexpectedChar} always.
     */
    #unexpected(c, loc = this.#reader.locate()) {
        throw new UnexpectedChar(c, loc);
    }

    /**
     * Convenience function for throwing unexpected identifier errors.
     * @param {string} identifier The unexpected identifier.
     * @param {Location} [loc] The location of the unexpected identifier.
     * @returns {never}
     * @throws {UnexpectedIdentifier} always.
     */
    #unexpectedIdentifier(identifier, loc = this.#reader.locate()) {
        throw new UnexpectedIdentifier(identifier, loc);
    }

    /**
    * Convenience function for throwing unexpected EOF errors.
    * @returns {never}
    * @throws {UnexpectedEOF} always.
    */
    #unexpectedEOF() {
        throw new UnexpectedEOF(this.#reader.locate());
    }

    // #endregion

    // #region Helpers

    /**
     * Creates a new token.
     * @param {TokenType} tokenType The type of token to create.
     * @param {number} length The length of the token.
     * @param {Location} startLoc The start location for the token.
     * @param {Location} [endLoc] The end location for the token.
     * @returns {Token} The token.
     */
    #createToken(tokenType, length, startLoc, endLoc) {

        const endOffset = startLoc.offset + length;

        let range = this.#options.ranges ? {
            range: /** @type {Range} */ ([startLoc.offset, endOffset])
        } : undefined;

        return {
            type: tokenType,
            loc: {
                start: startLoc,
                end: endLoc || {
                    line: startLoc.line,
                    column: startLoc.column + length,
                    offset: endOffset
                }
            },
            ...range
        };        
    }

    /**
     * Reads in a specific number of hex digits.
     * @param {number} count The number of hex digits to read.
     * @returns {string} The hex digits read.
     */
    #readHexDigits(count) {
        let value = "";
        let c;

        for (let i = 0; i < count; i++) {
            c = this.#reader.peek();
            if (isHexDigit(c)) {
                this.#reader.next();
                value += String.fromCharCode(c);
                continue;
            }

            this.#unexpected(c);
        }

        return value;
    }

    /**
     * Reads in a JSON5 identifier. Also used for JSON but we validate
     * the identifier later.
     * @param {number} c The first character of the identifier.
     * @returns {string} The identifier read.
     * @throws {UnexpectedChar} when the identifier cannot be read.
     */
    #readIdentifier(c) {
        let value = "";

        do {

            value += String.fromCharCode(c);

            if (c === CHAR_BACKSLASH) {

                c = this.#reader.next();

                if (c !== CHAR_LOWER_U) {
                    this.#unexpected(c);
                }

                value += String.fromCharCode(c);

                const hexDigits = this.#readHexDigits(4);

                // check for a valid character code
                const charCode = parseInt(hexDigits, 16);

                if (value.length === 2 && !isJSON5IdentifierStart(charCode)) {
                    const loc = this.#reader.locate();
                    this.#unexpected(CHAR_BACKSLASH, { line: loc.line, column: loc.column - 5, offset: loc.offset - 5 });
                } else if (!isJSON5IdentifierPart(charCode)) {
                    const loc = this.#reader.locate();
                    this.#unexpected(charCode, { line: loc.line, column: loc.column - 5, offset: loc.offset - 5 });
                }

                value += hexDigits;
            }

            c = this.#reader.peek();

            if (!isJSON5IdentifierPart(c)) {
                break;
            }

            this.#reader.next();

        } while (true);  // eslint-disable-line no-constant-condition

        return value;
    }

    /**
     * Reads in a string. Works for both JSON and JSON5.
     * @param {number} c The first character of the string (either " or ').
     * @returns {number} The length of the string.
     * @throws {UnexpectedChar} when the string cannot be read.
     * @throws {UnexpectedEOF} when EOF is reached before the string is finalized.
     */
    #readString(c) {
        
        const delimiter = c;
        let length = 1;
        c = this.#reader.peek();

        while (c !== -1 && c !== delimiter) {

            this.#reader.next();
            length++;

            // escapes
            if (c === CHAR_BACKSLASH) {
                c = this.#reader.peek();

                if (this.#isEscapedCharacter(c) || this.#isJSON5LineTerminator(c)) {
                    this.#reader.next();
                    length++;
                } else if (c === CHAR_LOWER_U) {
                    this.#reader.next();
                    length++;

                    const result = this.#readHexDigits(4);
                    length += result.length;
                } else if (this.#isJSON5HexEscape(c)) {
                    this.#reader.next();
                    length++;

                    // hex escapes: \xHH
                    const result = this.#readHexDigits(2);
                    length += result.length;
                } else if (this.#json5) {  // JSON doesn't allow anything else
                    this.#reader.next();
                    length++;
                } else {
                    this.#unexpected(c);
                }
            }

            c = this.#reader.peek();
        }

        if (c === -1) {
            this.#reader.next();
            this.#unexpectedEOF();
        }

        // c is the delimiter
        this.#reader.next();
        length++;

        return length;
    
    
    }

    /**
     * Reads a number. Works for both JSON and JSON5.
     * @param {number} c The first character of the number.
     * @returns {number} The length of the number.
     * @throws {UnexpectedChar} when the number cannot be read.
     * @throws {UnexpectedEOF} when EOF is reached before the number is finalized.
     */
    #readNumber(c) {
        
        // we've already read the first character
        let length = 1;

        // JSON number may start with a minus but not a plus
        // JSON5 allows a plus.
        if (c === CHAR_MINUS || this.#json5 && c === CHAR_PLUS) {
            
            c = this.#reader.peek();
            
            /*
            * JSON5 allows Infinity or NaN preceded by a sign.
            * This blocks handles +Infinity, -Infinity, +NaN, and -NaN.
            * Standalone Infinity and NaN are handled in `readJSON5Identifier()`
            */
            if (this.#json5) {

                if (c === CHAR_UPPER_I || c === CHAR_UPPER_N) {
                    this.#reader.next();
                    const identifier = this.#readIdentifier(c);

                    if (identifier !== INFINITY && identifier !== NAN) {
                        this.#unexpected(c);
                    }

                    return length + identifier.length;
                }
            }

            // Next digit cannot be zero
            if (!isDigit(c)) {
                this.#unexpected(c);
            }

            // if we made it here, we need to continue on, so register the character
            this.#reader.next();
            length++;
        }

        /*
        * In JSON, a zero must be followed by a decimal point or nothing.
        * In JSON5, a zero can additionally be followed by an `x` indicating
        * that it's a hexadecimal number.
        */
        if (c === CHAR_0) {

            // c = this.#reader.next();
            // length++;
            c = this.#reader.peek();

            // check for a hex number
            if (this.#json5 && (c === CHAR_LOWER_X || c === CHAR_UPPER_X)) {

                this.#reader.next();
                length++;

                c = this.#reader.peek();

                if (!isHexDigit(c)) {
                    this.#reader.next();
                    this.#unexpected(c);
                }

                do {
                    this.#reader.next();
                    length++;
                    c = this.#reader.peek();
                } while (isHexDigit(c));

            } else if (isDigit(c)) {
                this.#unexpected(c);
            }

        } else {

            // JSON5 allows leading decimal points
            if (!this.#json5 || c !== CHAR_DOT) {
                if (!isPositiveDigit(c)) {
                    this.#unexpected(c);
                }

                c = this.#reader.peek();

                while (isDigit(c)) {
                    this.#reader.next();
                    length++;
                    c = this.#reader.peek();
                }
            }
        }

        /*
        * In JSON, a decimal point must be followed by at least one digit.
        * In JSON5, a decimal point need not be followed by any digits.
        */
        if (c === CHAR_DOT) {
                                
            let digitCount = -1;
            this.#reader.next();
            length++;
            digitCount++;

            c = this.#reader.peek();

            while (isDigit(c)) {
                this.#reader.next();
                length++;
                digitCount++;
                c = this.#reader.peek();
            }

            if (!this.#json5 && digitCount === 0) {
                this.#reader.next();
                if (c) {
                    this.#unexpected(c);
                } else {
                    this.#unexpectedEOF();
                }
            }
        }

        // Exponent is always last
        if (c === CHAR_LOWER_E || c === CHAR_UPPER_E) {

            this.#reader.next();
            length++;
            c = this.#reader.peek();

            if (c === CHAR_PLUS || c === CHAR_MINUS) {
                this.#reader.next();
                length++;
                c = this.#reader.peek();
            }

            /*
            * Must always have a digit in this position to avoid:
            * 5e
            * 12E+
            * 42e-
            */
            if (c === -1) {
                this.#reader.next();
                this.#unexpectedEOF();
            }

            if (!isDigit(c)) {
                this.#reader.next();
                this.#unexpected(c);
            }

            while (isDigit(c)) {
                this.#reader.next();
                length++;
                c = this.#reader.peek();
            }
        }

        return length;
    }

    /**
     * Reads a comment. Works for both JSON and JSON5.
     * @param {number} c The first character of the comment.
     * @returns {{length: number, multiline: boolean}} The length of the comment, and whether the comment is multi-line.
     * @throws {UnexpectedChar} when the comment cannot be read.
     * @throws {UnexpectedEOF} when EOF is reached before the comment is finalized.
     */ 
    #readComment(c) {
        
        let length = 1;

        // next character determines single- or multi-line
        c = this.#reader.peek();

        // single-line comments
        if (c === CHAR_SLASH) {
            
            do {
                this.#reader.next();
                length += 1;
                c = this.#reader.peek();
            } while (c > -1 && c !== CHAR_RETURN && c !== CHAR_NEWLINE);

            return { length, multiline: false };
        }

        // multi-line comments
        if (c === CHAR_STAR) {

            this.#reader.next();
            length += 1;

            while (c > -1) {
                c = this.#reader.peek();

                // check for end of comment
                if (c === CHAR_STAR) {
                    this.#reader.next();
                    length += 1;
                    c = this.#reader.peek();
                    
                    //end of comment
                    if (c === CHAR_SLASH) {
                        this.#reader.next();
                        length += 1;

                        return { length, multiline: true };
                    }
                } else {
                    this.#reader.next();
                    length += 1;
                }
            }

            this.#reader.next();
            this.#unexpectedEOF();
            
        }

        // if we've made it here, there's an invalid character
        this.#reader.next();
        this.#unexpected(c);        
    }
    // #endregion

    /**
     * Returns the next token in the source text.
     * @returns {number} The code for the next token.
     */
    next() {

        let c = this.#reader.next();

        while (this.#isWhitespace(c)) {
            c = this.#reader.next();
        }

        if (c === -1) {
            return tt.EOF;
        }

        const start = this.#reader.locate();
        const ct = String.fromCharCode(c);

        // check for JSON5 syntax only
        if (this.#json5) {
                
            if (knownJSON5TokenTypes.has(ct)) {
                this.#token = this.#createToken(knownJSON5TokenTypes.get(ct), 1, start);
            } else if (isJSON5IdentifierStart(c)) {
                const value = this.#readIdentifier(c);

                if (knownJSON5TokenTypes.has(value)) {
                    this.#token = this.#createToken(knownJSON5TokenTypes.get(value), value.length, start);
                } else {
                    this.#token = this.#createToken("Identifier", value.length, start);
                }
            } else if (isJSON5NumberStart(c)) {
                const result = this.#readNumber(c);
                this.#token = this.#createToken("Number", result, start);
            } else if (isStringStart(c, this.#json5)) {
                const result = this.#readString(c);
                const lastCharLoc = this.#reader.locate();
                this.#token = this.#createToken("String", result, start, {
                    line: lastCharLoc.line,
                    column: lastCharLoc.column + 1,
                    offset: lastCharLoc.offset + 1
                });
            } else if (c === CHAR_SLASH && this.#allowComments) {
                const result = this.#readComment(c);
                const lastCharLoc = this.#reader.locate();
                this.#token = this.#createToken(!result.multiline ? "LineComment" : "BlockComment", result.length, start, {
                    line: lastCharLoc.line,
                    column: lastCharLoc.column + 1,
                    offset: lastCharLoc.offset + 1
                });
            } else {
                this.#unexpected(c);
            }

        } else {

            // check for JSON/JSONC syntax only
            if (knownTokenTypes.has(ct)) {
                this.#token = this.#createToken(knownTokenTypes.get(ct), 1, start);
            } else if (isKeywordStart(c)) {
                const value = this.#readIdentifier(c);

                if (!jsonKeywords.has(value)) {
                    this.#unexpectedIdentifier(value, start);
                }

                this.#token = this.#createToken(knownTokenTypes.get(value), value.length, start);
            } else if (isNumberStart(c)) {
                const result = this.#readNumber(c);
                this.#token = this.#createToken("Number", result, start);
            } else if (isStringStart(c, this.#json5)) {
                const result = this.#readString(c);
                this.#token = this.#createToken("String", result, start);
            } else if (c === CHAR_SLASH && this.#allowComments) {
                const result = this.#readComment(c);
                const lastCharLoc = this.#reader.locate();
                this.#token = this.#createToken(!result.multiline ? "LineComment" : "BlockComment", result.length, start, {
                    line: lastCharLoc.line,
                    column: lastCharLoc.column + 1,
                    offset: lastCharLoc.offset + 1
                });
            } else {
                this.#unexpected(c);
            }
        }
        return tt[this.#token.type];
    }

    /**
     * Returns the current token in the source text.
     * @returns {Token} The current token.
     */
    get token() {
        return this.#token;
    }
}

//-----------------------------------------------------------------------------
// Main
//-----------------------------------------------------------------------------

/**
 * Creates an iterator over the tokens representing the source text.
 * @param {string} text The source text to tokenize.
 * @param {TokenizeOptions} [options] Options for doing the tokenization.
 * @returns {Array<Token>} An iterator over the tokens. 
 */
function tokenize(text, options) {

    const tokenizer = new Tokenizer(text, options);
    const tokens = [];

    while (tokenizer.next() !== tt.EOF) {
        tokens.push(tokenizer.token);
    }

    return tokens;

}

/**
 * @fileoverview  JSON AST types
 * @author Nicholas C. Zakas
 */

//-----------------------------------------------------------------------------
// Typedefs
//-----------------------------------------------------------------------------

/** @typedef {import("./typedefs.js").LocationRange} LocationRange */
/** @typedef {import("./typedefs.js").NodeParts} NodeParts */
/** @typedef {import("./typedefs.js").DocumentNode} DocumentNode */
/** @typedef {import("./typedefs.js").StringNode} StringNode */
/** @typedef {import("./typedefs.js").NumberNode} NumberNode */
/** @typedef {import("./typedefs.js").BooleanNode} BooleanNode */
/** @typedef {import("./typedefs.js").MemberNode} MemberNode */
/** @typedef {import("./typedefs.js").ObjectNode} ObjectNode */
/** @typedef {import("./typedefs.js").ElementNode} ElementNode */
/** @typedef {import("./typedefs.js").ArrayNode} ArrayNode */
/** @typedef {import("./typedefs.js").NullNode} NullNode */
/** @typedef {import("./typedefs.js").ValueNode} ValueNode */
/** @typedef {import("./typedefs.js").IdentifierNode} IdentifierNode */
/** @typedef {import("./typedefs.js").NaNNode} NaNNode */
/** @typedef {import("./typedefs.js").InfinityNode} InfinityNode */
/** @typedef {import("./typedefs.js").Sign} Sign */

//-----------------------------------------------------------------------------
// Exports
//-----------------------------------------------------------------------------

const types = {

    /**
     * Creates a document node.
     * @param {ValueNode} body The body of the document.
     * @param {NodeParts} parts Additional properties for the node. 
     * @returns {DocumentNode} The document node.
     */
    document(body, parts = {}) {
        return {
            type: "Document",
            body,
            loc: parts.loc,
            ...parts
        };
    },

    /**
     * Creates a string node.
     * @param {string} value The value for the string.
     * @param {NodeParts} parts Additional properties for the node. 
     * @returns {StringNode} The string node.
     */
    string(value, parts = {}) {
        return {
            type: "String",
            value,
            loc: parts.loc,
            ...parts
        };
    },

    /**
     * Creates a number node.
     * @param {number} value The value for the number.
     * @param {NodeParts} parts Additional properties for the node. 
     * @returns {NumberNode} The number node.
     */
    number(value, parts = {}) {
        return {
            type: "Number",
            value,
            loc: parts.loc,
            ...parts
        };
    },

    /**
     * Creates a boolean node.
     * @param {boolean} value The value for the boolean.
     * @param {NodeParts} parts Additional properties for the node. 
     * @returns {BooleanNode} The boolean node.
     */
    boolean(value, parts = {}) {
        return {
            type: "Boolean",
            value,
            loc: parts.loc,
            ...parts
        };
    },

    /**
     * Creates a null node.
     * @param {NodeParts} parts Additional properties for the node. 
     * @returns {NullNode} The null node.
     */
    null(parts = {}) {
        return {
            type: "Null",
            loc: parts.loc,
            ...parts
        };
    },

    /**
     * Creates an array node.
     * @param {Array<ElementNode>} elements The elements to add.
     * @param {NodeParts} parts Additional properties for the node. 
     * @returns {ArrayNode} The array node.
     */
    array(elements, parts = {}) {
        return {
            type: "Array",
            elements,
            loc: parts.loc,
            ...parts
        };
    },

    /**
     * Creates an element node.
     * @param {ValueNode} value The value for the element.
     * @param {NodeParts} parts Additional properties for the node. 
     * @returns {ElementNode} The element node.
     */
    element(value, parts = {}) {
        return {
            type: "Element",
            value,
            loc: parts.loc,
            ...parts
        };
    },

    /**
     * Creates an object node.
     * @param {Array<MemberNode>} members The members to add.
     * @param {NodeParts} parts Additional properties for the node. 
     * @returns {ObjectNode} The object node.
     */
    object(members, parts = {}) {
        return {
            type: "Object",
            members,
            loc: parts.loc,
            ...parts
        };
    },

    /**
     * Creates a member node.
     * @param {StringNode|IdentifierNode} name The name for the member.
     * @param {ValueNode} value The value for the member.
     * @param {NodeParts} parts Additional properties for the node. 
     * @returns {MemberNode} The member node.
     */
    member(name, value, parts = {}) {
        return {
            type: "Member",
            name,
            value,
            loc: parts.loc,
            ...parts
        };
    },

    /**
     * Creates an identifier node.
     * @param {string} name The name for the identifier.
     * @param {NodeParts} parts Additional properties for the node.
     * @returns {IdentifierNode} The identifier node.
     */
    identifier(name, parts = {}) {
        return {
            type: "Identifier",
            name,
            loc: parts.loc,
            ...parts
        };
    },

    /**
     * Creates a NaN node.
     * @param {Sign} sign The sign for the Infinity.
     * @param {NodeParts} parts Additional properties for the node.
     * @returns {NaNNode} The NaN node.
     */ 
    nan(sign = "", parts = {}) {
        return {
            type: "NaN",
            sign,
            loc: parts.loc,
            ...parts
        };
    },

    /**
     * Creates an Infinity node.
     * @param {Sign} sign The sign for the Infinity.
     * @param {NodeParts} parts Additional properties for the node.
     * @returns {InfinityNode} The Infinity node.
     */
    infinity(sign = "", parts = {}) {
        return {
            type: "Infinity",
            sign,
            loc: parts.loc,
            ...parts
        };
    },

};

/**
 * @fileoverview JSON parser
 * @author Nicholas C. Zakas
 */


//-----------------------------------------------------------------------------
// Typedefs
//-----------------------------------------------------------------------------

/** @typedef {import("./typedefs.js").Node} Node */
/** @typedef {import("./typedefs.js").Mode} Mode */
/** @typedef {import("./typedefs.js").ParseOptions} ParseOptions */

//-----------------------------------------------------------------------------
// Helpers
//-----------------------------------------------------------------------------

/** @type {ParseOptions} */
const DEFAULT_OPTIONS = {
    mode: "json",
    ranges: false,
    tokens: false,
    allowTrailingCommas: false
};

const UNICODE_SEQUENCE = /\\u[\da-fA-F]{4}/gu;

/**
 * Normalizes a JSON5 identifier by converting Unicode escape sequences into
 * their corresponding characters.
 * @param {string} identifier The identifier to normalize.
 * @returns {string} The normalized identifier.
 */
function normalizeIdentifier(identifier) {
    return identifier.replace(UNICODE_SEQUENCE, unicodeEscape => {
        return String.fromCharCode(parseInt(unicodeEscape.slice(2), 16));
    });
}

/**
 * Calculates the location at the end of the given text.
 * @param {string} text The text to calculate the end location for.
 * @returns {Location} The location at the end of the text.
 */
function getEndLocation(text) {
    let line = 1;
    let column = 1;
    
    for (let i = 0; i < text.length; i++) {
        const char = text[i];
        if (char === "\n") {
            line++;
            column = 1;
        } else if (char === "\r") {
            // Handle \r\n as a single line ending
            if (text[i + 1] === "\n") {
                i++; // Skip the \n
            }
            line++;
            column = 1;
        } else {
            column++;
        }
    }
    
    return {
        line,
        column,
        offset: text.length
    };
}

/**
 * Converts a JSON-encoded string into a JavaScript string, interpreting each
 * escape sequence.
 * @param {string} value The text for the token.
 * @param {Token} token The string token to convert into a JavaScript string.
 * @param {boolean} json5 `true` if parsing JSON5, `false` otherwise.
 * @returns {string} A JavaScript string.
 */
function getStringValue(value, token, json5 = false) {
    
    let result = "";
    let escapeIndex = value.indexOf("\\");
    let lastIndex = 0;

    // While there are escapes, interpret them to build up the result
    while (escapeIndex >= 0) {

        // append the text that happened before the escape
        result += value.slice(lastIndex, escapeIndex);

        // get the character immediately after the \
        const escapeChar = value.charAt(escapeIndex + 1);
        const escapeCharCode = escapeChar.charCodeAt(0);
        
        // check for the non-Unicode escape sequences first
        if (json5 && json5EscapeToChar.has(escapeCharCode)) {
            result += json5EscapeToChar.get(escapeCharCode);
            lastIndex = escapeIndex + 2;
        } else if (escapeToChar.has(escapeCharCode)) {
            result += escapeToChar.get(escapeCharCode);
            lastIndex = escapeIndex + 2;
        } else if (escapeChar === "u") {
            const hexCode = value.slice(escapeIndex + 2, escapeIndex + 6);
            if (hexCode.length < 4 || /[^0-9a-f]/i.test(hexCode)) {
                throw new ErrorWithLocation(
                    `Invalid unicode escape \\u${ hexCode}.`,
                    {
                        line: token.loc.start.line,
                        column: token.loc.start.column + escapeIndex,
                        offset: token.loc.start.offset + escapeIndex
                    }
                );
            }

            result += String.fromCharCode(parseInt(hexCode, 16));
            lastIndex = escapeIndex + 6;
        } else if (json5 && escapeChar === "x") {
            const hexCode = value.slice(escapeIndex + 2, escapeIndex + 4);
            if (hexCode.length < 2 || /[^0-9a-f]/i.test(hexCode)) {
                throw new ErrorWithLocation(
                    `Invalid hex escape \\x${ hexCode}.`,
                    {
                        line: token.loc.start.line,
                        column: token.loc.start.column + escapeIndex,
                        offset: token.loc.start.offset + escapeIndex
                    }
                );
            }

            result += String.fromCharCode(parseInt(hexCode, 16));
            lastIndex = escapeIndex + 4;
        } else if (json5 && json5LineTerminators.has(escapeCharCode)) {
            lastIndex = escapeIndex + 2;

            // we also need to skip \n after a \r
            if (escapeChar === "\r" && value.charAt(lastIndex) === "\n") {
                lastIndex++;
            }
            
        } else {
            // all characters can be escaped in JSON5
            if (json5) {
                result += escapeChar;
                lastIndex = escapeIndex + 2;
            } else {
                throw new ErrorWithLocation(
                    `Invalid escape \\${ escapeChar }.`,
                    {
                        line: token.loc.start.line,
                        column: token.loc.start.column + escapeIndex,
                        offset: token.loc.start.offset + escapeIndex
                    }
                );
            }
        }

        // find the next escape sequence
        escapeIndex = value.indexOf("\\", lastIndex);
    }

    // get the last segment of the string value
    result += value.slice(lastIndex);

    return result;
}

/**
 * Gets the JavaScript value represented by a JSON token.
 * @param {string} value The text value of the token.
 * @param {Token} token The JSON token to get a value for.
 * @param {boolean} json5 `true` if parsing JSON5, `false` otherwise.
 * @returns {string|boolean|number} A number, string, or boolean.
 * @throws {TypeError} If an unknown token type is found. 
 */
function getLiteralValue(value, token, json5 = false) {
    switch (token.type) {
        case "Boolean":
            return value === "true";
            
        case "Number":
            if (json5) {

                /*
                 * Numbers like -0x1 are converted to NaN by Number(), so we need
                 * to handle them separately. Rather than checking for -0x, we can
                 * just check if the first character is a minus sign. The same for
                 * checking for +0x.
                 */

                if (value.charCodeAt(0) === 45) { // 45 is the char code for '-'
                    return -Number(value.slice(1));
                }

                if (value.charCodeAt(0) === 43) { // 43 is the char code for '+'
                    return Number(value.slice(1));
                }
            }
            return Number(value);

        case "String":
            return getStringValue(value.slice(1, -1), token, json5);

        default:
            throw new TypeError(`Unknown token type "${token.type}.`);
    }
}

//-----------------------------------------------------------------------------
// Main Function
//-----------------------------------------------------------------------------

/**
 * 
 * @param {string} text The text to parse.
 * @param {ParseOptions} [options] The options object.
 * @returns {DocumentNode} The AST representing the parsed JSON.
 * @throws {Error} When there is a parsing error. 
 */
function parse(text, options) {

    options = Object.freeze({
        ...DEFAULT_OPTIONS,
        ...options
    });

    const tokens = [];
    const tokenizer = new Tokenizer(text, {
        mode: options.mode,
        ranges: options.ranges
    });

    const json5 = options.mode === "json5";
    const allowTrailingCommas = options.allowTrailingCommas || json5;

    /**
     * Returns the next token knowing there are no comments.
     * @returns {number} The next token type or 0 if no next token.
     */
    function nextNoComments() {
        const nextType = tokenizer.next();

        if (nextType && options.tokens) {
            tokens.push(tokenizer.token);
        }
        return nextType;
    }
    
    /**
     * Returns the next token knowing there are comments to skip.
     * @returns {number} The next token type or 0 if no next token.
     */
    function nextSkipComments() {
        const nextType = tokenizer.next();
        if (nextType && options.tokens) {
            tokens.push(tokenizer.token);
        }

        if (nextType >= tt.LineComment) {
            return nextSkipComments();
        }

        return nextType;

    }

    // determine correct way to evaluate tokens based on presence of comments
    const next = options.mode === "json" ? nextNoComments : nextSkipComments;

    /**
     * Asserts a token has the given type.
     * @param {number} token The token to check.
     * @param {number} type The token type.
     * @throws {UnexpectedToken} If the token type isn't expected.
     * @returns {void}
     */
    function assertTokenType(token, type) {
        if (token !== type) {
            throw new UnexpectedToken(tokenizer.token);
        }
    }

    /**
     * Asserts a token has one of the given types.
     * @param {number} token The token to check.
     * @param {number[]} types The token types.
     * @returns {void}
     * @throws {UnexpectedToken} If the token type isn't expected.
     */ 
    function assertTokenTypes(token, types) {
        if (!types.includes(token)) {
            throw new UnexpectedToken(tokenizer.token);
        }
    }

    /**
     * Creates a range only if ranges are specified.
     * @param {Location} start The start offset for the range.
     * @param {Location} end The end offset for the range.
     * @returns {{range:[number,number]}|undefined} An object with a 
     */
    function createRange(start, end) {
        // @ts-ignore tsc incorrect - options might be undefined
        return options.ranges ? {
            range: [start.offset, end.offset]
        } : undefined;
    }

    /**
     * Creates a node for a string, boolean, or number.
     * @param {number} tokenType The token representing the literal. 
     * @returns {StringNode|NumberNode|BooleanNode} The node representing
     *      the value.
     */
    function createLiteralNode(tokenType) {
        const token = tokenizer.token;
        const range = createRange(token.loc.start, token.loc.end);
        const value = getLiteralValue(
            text.slice(token.loc.start.offset, token.loc.end.offset),
            token,
            json5
        );
        const loc = {
            start: {
                ...token.loc.start
            },
            end: {
                ...token.loc.end
            }
        };
        const parts = { loc, ...range };

        switch (tokenType) {
            case tt.String:
                return types.string(/** @type {string} */ (value), parts);

            case tt.Number:
                return types.number(/** @type {number} */ (value), parts);
                
            case tt.Boolean:
                return types.boolean(/** @type {boolean} */ (value), parts);

            default:
                throw new TypeError(`Unknown token type ${token.type}.`);
        }
    }

    /**
     * Creates a node for a JSON5 identifier.
     * @param {Token} token The token representing the identifer. 
     * @returns {NaNNode|InfinityNode|IdentifierNode} The node representing
     *      the value.
     */
    function createJSON5IdentifierNode(token) {
        const range = createRange(token.loc.start, token.loc.end);
        const identifier = text.slice(token.loc.start.offset, token.loc.end.offset);
        const loc = {
            start: {
                ...token.loc.start
            },
            end: {
                ...token.loc.end
            }
        };
        const parts = { loc, ...range };

        // Check for NaN or Infinity
        if (token.type !== "Identifier") {

            let sign = "";

            // check if the first character in the token is a plus or minus
            if (identifier[0] === "+" || identifier[0] === "-") {
                sign = identifier[0];
            }

            // check if the token is NaN or Infinity
            return types[identifier.includes("NaN") ? "nan" : "infinity"](/** @type {Sign} */ (sign), parts);
        }
        return types.identifier(normalizeIdentifier(identifier), parts);
    }

    /**
     * Creates a node for a null.
     * @param {Token} token The token representing null. 
     * @returns {NullNode} The node representing null.
     */
    function createNullNode(token) {
        const range = createRange(token.loc.start, token.loc.end);

        return types.null({
            loc: {
                start: {
                    ...token.loc.start
                },
                end: {
                    ...token.loc.end
                }
            },
            ...range
        });
    }


    /**
     * Parses a property in an object.
     * @param {number} tokenType The token representing the property.
     * @returns {MemberNode} The node representing the property.
     * @throws {UnexpectedToken} When an unexpected token is found.
     * @throws {UnexpectedEOF} When the end of the file is reached.
     */
    function parseProperty(tokenType) {

        if (json5) {
            assertTokenTypes(tokenType, [tt.String, tt.Identifier, tt.Number]);
        } else {
            assertTokenType(tokenType, tt.String);
        }

        const token = tokenizer.token;

        // check for -NaN, +NaN, -Infinity, +Infinity, and any number
        if (json5 && tokenType === tt.Number && /[+\-0-9]/.test(text[token.loc.start.offset])) {
            throw new UnexpectedToken(token);
        }

        // TODO: Clean this up a bit
        let key = tokenType === tt.String
            ? /** @type {StringNode} */ (createLiteralNode(tokenType))
            : /** @type {IdentifierNode|NaNNode|InfinityNode} */ (createJSON5IdentifierNode(token));

        // in JSON5, need to check for NaN and Infinity and create identifier nodes
        if (json5 && (key.type === "NaN" || key.type === "Infinity")) {

            // NaN and Infinity cannot be signed and be a property key
            if (key.sign !== "") {
                throw new UnexpectedToken(tokenizer.token);
            }

            key = types.identifier(key.type, { loc: key.loc, ...createRange(key.loc.start, key.loc.end) });
        }

        tokenType = next();
        assertTokenType(tokenType, tt.Colon);
        const value = parseValue();
        const range = createRange(key.loc.start, value.loc.end);

        return types.member(
            /** @type {StringNode|IdentifierNode} */ (key),
            /** @type {ValueNode} */ (value),
            {
                loc: {
                    start: {
                        ...key.loc.start
                    },
                    end: {
                        ...value.loc.end
                    }
                },
                ...range
            }
        );
    }

    /**
     * Parses an object literal.
     * @param {number} firstTokenType The first token type in the object.
     * @returns {ObjectNode} The object node.
     * @throws {UnexpectedEOF} When the end of the file is reached.
     * @throws {UnexpectedToken} When an unexpected token is found.
     */
    function parseObject(firstTokenType) {

        // The first token must be a { or else it's an error
        assertTokenType(firstTokenType, tt.LBrace);

        const firstToken = tokenizer.token;
        const members = [];
        let tokenType = next();

        if (tokenType !== tt.RBrace) {
            do {
    
                // add the value into the array
                members.push(parseProperty(tokenType));
    
                tokenType = next();

                if (!tokenType) {
                    throw new UnexpectedEOF(members[members.length-1].loc.end);
                }
    
                if (tokenType === tt.Comma) {
                    tokenType = next();

                    /*
                      * Trailing commas.
                      * So we need to check if the token is a comma,
                      * and if so, then we need to check if the next
                      * token is a RBrace. If it is, then we need to
                      * break out of the loop.
                      */
                    if (allowTrailingCommas && tokenType === tt.RBrace) {
                        break;
                    }                      
                } else {
                    break;
                }
            } while (tokenType);
        }

        assertTokenType(tokenType, tt.RBrace);
        const lastToken = tokenizer.token;
        const range = createRange(firstToken.loc.start, lastToken.loc.end);

        return types.object(members, {
            loc: {
                start: {
                    ...firstToken.loc.start
                },
                end: {
                    ...lastToken.loc.end
                }
            },
            ...range
        });

    }

    /**
     * Parses an array literal.
     * @param {number} firstTokenType The first token in the array.
     * @returns {ArrayNode} The array node.
     * @throws {UnexpectedToken} When an unexpected token is found.
     * @throws {UnexpectedEOF} When the end of the file is reached.
     */
    function parseArray(firstTokenType) {

        // The first token must be a [ or else it's an error
        assertTokenType(firstTokenType, tt.LBracket);

        const firstToken = tokenizer.token;
        const elements = [];
        let tokenType = next();
        
        if (tokenType !== tt.RBracket) {

            do {

                // add the value into the array
                const value = parseValue(tokenType);

                elements.push(types.element(
                    /** @type {ValueNode} */ (value),
                    { loc: value.loc }
                ));

                tokenType = next();
              
                if (tokenType === tt.Comma) {
                    tokenType = next();

                    /*
                      * Trailing commas.
                      * So we need to check if the token is a comma,
                      * and if so, then we need to check if the next
                      * token is a RBracket. If it is, then we need to
                      * break out of the loop.
                      */
                    if (allowTrailingCommas && tokenType === tt.RBracket) {
                        break;
                    }                    
                } else {
                    break;
                }
            } while (tokenType);
        }

        assertTokenType(tokenType, tt.RBracket);

        const lastToken = tokenizer.token;
        const range = createRange(firstToken.loc.start, lastToken.loc.end);

        return types.array(elements, {
            loc: {
                start: {
                    ...firstToken.loc.start
                },
                end: {
                    ...lastToken.loc.end
                }
            },
            ...range
        });

    }

    /**
     * Parses a JSON value.
     * @param {number} [tokenType] The token type to parse.
     * @returns {ValueNode|IdentifierNode} The node representing the value.
     */
    function parseValue(tokenType) {

        tokenType = tokenType ?? next();
        const token = tokenizer.token;

        if (!tokenType) {
            throw new UnexpectedEOF({
                line: 1,
                column: 1,
                offset: 0
            });
        }
        
        switch (tokenType) {
            case tt.String:
            case tt.Boolean:
                return createLiteralNode(tokenType);

            case tt.Number:
                if (json5) {
                    let tokenText = text.slice(token.loc.start.offset, token.loc.end.offset);
                    if (tokenText[0] === "+" || tokenText[0] === "-") {
                        tokenText = tokenText.slice(1);
                    }

                    if (tokenText === "NaN" || tokenText === "Infinity") {
                        return createJSON5IdentifierNode(token);
                    }
                }
                return createLiteralNode(tokenType);

            case tt.Null:
                return createNullNode(token);

            case tt.LBrace:
                return parseObject(tokenType);

            case tt.LBracket:
                return parseArray(tokenType);

            default:
                throw new UnexpectedToken(token);
        }

    }

    
    const docBody = parseValue();
    
    const unexpectedToken = next();
    if (unexpectedToken) {
        throw new UnexpectedToken(tokenizer.token);
    }
    
    
    const textEndLocation = getEndLocation(text);
    const docParts = {
        loc: {
            start: {
                line: 1,
                column: 1,
                offset: 0
            },
            end: {
                ...textEndLocation
            }
        }
    };
    
    if (options.tokens) {
        docParts.tokens = tokens;
    }

    if (options.ranges) {
        docParts.range = [
            docParts.loc.start.offset,
            docParts.loc.end.offset
        ];
    }

    return types.document(/** @type {ValueNode} */ (docBody), docParts);
}

/**
 * @fileoverview Traversal approaches for Momoa JSON AST.
 * @author Nicholas C. Zakas
 */

//-----------------------------------------------------------------------------
// Typedefs
//-----------------------------------------------------------------------------

/** @typedef {import("./typedefs.js").TraversalPhase} TraversalPhase */
/**
 * @typedef {Object} TraversalVisitor
 * @property {(node: Node, parent?: Node) => void} [enter]
 * @property {(node: Node, parent?: Node) => void} [exit]
 */

//-----------------------------------------------------------------------------
// Data
//-----------------------------------------------------------------------------

const childKeys = new Map([
    ["Document", ["body"]],
    ["Object", ["members"]],
    ["Member", ["name", "value"]],
    ["Element", ["value"]],
    ["Array", ["elements"]],
    ["String", []],
    ["Number", []],
    ["Boolean", []],
    ["Null", []],
    ["NaN", []],
    ["Infinity", []],
    ["Identifier", []],
]);

//-----------------------------------------------------------------------------
// Helpers
//-----------------------------------------------------------------------------

/**
 * Determines if a given value is an object.
 * @param {*} value The value to check.
 * @returns {boolean} True if the value is an object, false if not. 
 */
function isObject(value) {
    return value && (typeof value === "object");
}

/**
 * Determines if a given value is an AST node.
 * @param {*} value The value to check.
 * @returns {boolean} True if the value is a node, false if not. 
 */
function isNode(value) {
    return isObject(value) && (typeof value.type === "string");
}

//-----------------------------------------------------------------------------
// Exports
//-----------------------------------------------------------------------------

/**
 * Traverses an AST from the given node.
 * @param {Node} root The node to traverse from 
 * @param {TraversalVisitor} visitor An object with an `enter` and `exit` method. 
 */
function traverse(root, visitor) {

    /**
     * Recursively visits a node.
     * @param {Node} node The node to visit.
     * @param {Node} [parent] The parent of the node to visit.
     * @returns {void}
     */
    function visitNode(node, parent) {

        if (typeof visitor.enter === "function") {
            visitor.enter(node, parent);
        }

        for (const key of childKeys.get(node.type)) {
            const value = node[key];

            if (isObject(value)) {
                if (Array.isArray(value)) {
                    value.forEach(child => visitNode(child, node));
                } else if (isNode(value)) {
                    visitNode(value, node);
                }
            }
        }

        if (typeof visitor.exit === "function") {
            visitor.exit(node, parent);
        }
    }

    visitNode(root);
}

/**
 * @callback FilterPredicate
 * @param {{node: Node, parent?: Node, phase: TraversalPhase}} item
 * @param {number} index
 * @param {Array<{node: Node, parent?: Node, phase: TraversalPhase}>} array
 * @returns {boolean}
 */

/**
 * Creates an iterator over the given AST.
 * @param {Node} root The root AST node to traverse. 
 * @param {FilterPredicate} [filter] A filter function to determine which steps to
 *      return;
 * @returns {IterableIterator<{node: Node, parent?: Node, phase: TraversalPhase}>} An iterator over the AST.  
 */
function iterator(root, filter = () => true) {

    /** @type {Array<{node: Node, parent?: Node, phase: TraversalPhase}>} */
    const traversal = [];

    traverse(root, {
        enter(node, parent) {
            traversal.push({ node, parent, phase: "enter" });
        },
        exit(node, parent) {
            traversal.push({ node, parent, phase: "exit" });
        }
    });

    return traversal.filter(filter).values();
}

/**
 * @fileoverview Evaluator for Momoa AST.
 * @author Nicholas C. Zakas
 */

//-----------------------------------------------------------------------------
// Typedefs
//-----------------------------------------------------------------------------

/** @typedef {import("./typedefs.js").AnyNode} AnyNode */
/** @typedef {import("./typedefs.js").JSONValue} JSONValue */

//-----------------------------------------------------------------------------
// Exports
//-----------------------------------------------------------------------------

/**
 * Evaluates a Momoa AST node into a JavaScript value.
 * @param {AnyNode} node The node to interpet.
 * @returns {JSONValue} The JavaScript value for the node. 
 */
function evaluate(node) {
    switch (node.type) {
        case "String":
            return node.value;

        case "Number":
            return node.value;

        case "Boolean":
            return node.value;

        case "Null":
            return null;

        case "NaN":
            return NaN;
        
        case "Infinity":
            return node.sign === "-" ? -Infinity : Infinity;

        case "Identifier":
            return node.name;

        case "Array": {
            // const arrayNode = /** @type {ArrayNode} */ (node);
            return node.elements.map(element => evaluate(element.value));
        }

        case "Object": {

            /** @type {{[property: string]: JSONValue}} */
            const object = {};

            node.members.forEach(member => {
                Object.defineProperty(object, /** @type {string} */ (evaluate(member.name)), {
                    value: evaluate(member.value),
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            });    

            return object;
        }    

        case "Document": {
            return evaluate(node.body);
        }

        case "Element":
            throw new Error("Cannot evaluate array element outside of an array.");

        case "Member":
            throw new Error("Cannot evaluate object member outside of an object.");

        default:
            // @ts-ignore tsc doesn't know about the type property here?
            throw new Error(`Unknown node type ${ node.type }.`);
    }
}

/**
 * @fileoverview Printer for Momoa AST.
 * @author Nicholas C. Zakas
 */


//-----------------------------------------------------------------------------
// Typedefs
//-----------------------------------------------------------------------------


//-----------------------------------------------------------------------------
// Helpers
//-----------------------------------------------------------------------------

/**
 * Prints the string representation of a Boolean node.
 * @param {BooleanNode} node The node to print.
 * @returns {string} The boolean value.
 */
function printBoolean(node) {
    return node.value ? "true" : "false";
}

/**
 * Prints the string representation of a null node.
 * @returns {string} The string "null".
 */
function printNull() {
    return "null";
}

/**
 * Prints the string representation of a number node.
 * @param {NumberNode} node The node to print.
 * @returns {string} The number value.
 */
function printNumber(node) {
    return node.value.toString();
}

/**
 * Prints the string representation of a NaN node.
 * @returns {string} The string "NaN".
 */
function printNaN() {
    return "NaN";
}

/**
 * Prints the string representation of an Infinity node.
 * @param {InfinityNode} node The node to print.
 * @returns {string} The string "Infinity" or "-Infinity".
 */
function printInfinity(node) {
    return node.sign + "Infinity";
}

/**
 * Prints the string representation of a string node.
 * @param {StringNode} node The node to print.
 * @returns {string} The string value.
 */
function printString(node) {

    let result = "\"";

    // escape all characters that need escaping
    for (const c of node.value) {

        const newChar = json5CharToEscape.get(c);

        if (newChar) {
            result += "\\" + newChar;
            continue;
        }

        // if it's a double quote, escape it
        if (c === "\"") {
            result += "\\\"";
            continue;
        }

        // if it's a control character, escape it
        if (c < " " || c === "\u007F") {
            const hex = c.codePointAt(0).toString(16).toUpperCase();
            result += `\\u${"0000".substring(hex.length)}${hex}`;
            continue;
        }

        // otherwise, just add the character
        result += c;

    }
    
    return result + "\"";
}

/**
 * Prints the string representation of an identifier node.
 * @param {IdentifierNode} node The node to print.
 * @returns {string} The identifier name.
 */
function printIdentifier(node) {
    return node.name;
}

/**
 * Prints the string representation of an array node.
 * @param {ArrayNode} node The node to print.
 * @param {string} indent The string to use for indentation.
 * @param {number} indentLevel The current level of indentation.
 * @returns {string} The array value.
 */
function printArray(node, indent, indentLevel) {
    const newLine = indent ? "\n" : "";
    const indentString = indent.repeat(indentLevel);
    const elementIndentString = indent.repeat(indentLevel + 1);

    return `[${newLine}${
        node.elements.map(element =>
            `${elementIndentString}${printValue(element.value, indent, indentLevel + 1)}`
        ).join(`,${newLine}`)
    }${newLine}${indentString}]`;
}

/**
 * Prints the string representation of a member node.
 * @param {MemberNode} node The node to print.
 * @param {string} indent The string to use for indentation.
 * @param {number} indentLevel The current level of indentation.
 * @returns {string} The member value.
 */
function printMember(node, indent, indentLevel) {
    const space = indent ? " " : "";
    return `${printValue(node.name, indent, indentLevel)}:${space}${printValue(node.value, indent, indentLevel + 1)}`;
}

/**
 * Prints the string representation of an object node.
 * @param {ObjectNode} node The node to print.
 * @param {string} indent The string to use for indentation.
 * @param {number} indentLevel The current level of indentation.
 * @returns {string} The object value.
 */
function printObject(node, indent, indentLevel) {
    const newLine = indent ? "\n" : "";
    const indentString = indent.repeat(indentLevel);
    const memberIndentString = indent.repeat(indentLevel + 1);

    return `{${newLine}${
        node.members.map(member => 
            `${memberIndentString}${printMember(member, indent, indentLevel)}`
        ).join(`,${newLine}`)
    }${newLine}${indentString}}`;
}

/**
 * Prints the string representation of a node.
 * @param {AnyNode} node The node to print.
 * @param {string} indentString The string to use for indentation.
 * @param {number} indentLevel The current level of indentation.
 * @returns {string} The string representation of the node.
 * @throws {TypeError} If the node type is unknown.

 */
function printValue(node, indentString, indentLevel) {
    switch (node.type) {
        case "String":
            return printString(node);
        case "Number":
            return printNumber(node);
        case "Boolean":
            return printBoolean(node);
        case "Null":
            return printNull();
        case "NaN":
            return printNaN();
        case "Infinity":
            return printInfinity(node);
        case "Identifier":
            return printIdentifier(node);
        case "Array":
            return printArray(node, indentString, indentLevel);
        case "Object":
            return printObject(node, indentString, indentLevel);
        case "Document":
            return printValue(node.body, indentString, indentLevel);
        default:
            throw new TypeError(`Unknown node type: ${node.type}`);
    }
}


//-----------------------------------------------------------------------------
// Exports
//-----------------------------------------------------------------------------

/**
 * Converts a Momoa AST back into a JSON string.
 * @param {AnyNode} node The node to print.
 * @param {Object} options Options for the print.
 * @param {number} [options.indent=0] The number of spaces to indent each line. If
 *      greater than 0, then newlines and indents will be added to output. 
 * @returns {string} The JSON representation of the AST.
 */
function print(node, { indent = 0 } = {}) {

    const indentLevel = 0;
    const indentString = " ".repeat(indent);

    return printValue(node, indentString, indentLevel);
}



// EXTERNAL MODULE: ./src/engine/read/limits.ts
var limits = __nccwpck_require__(8083);
// EXTERNAL MODULE: ./src/engine/json/pointer.ts
var json_pointer = __nccwpck_require__(5684);
// EXTERNAL MODULE: ./src/engine/util/search.ts
var search = __nccwpck_require__(9059);
// EXTERNAL MODULE: ./src/engine/json/strings.ts
var json_strings = __nccwpck_require__(6027);
// EXTERNAL MODULE: ./src/engine/json/key-set.ts
var key_set = __nccwpck_require__(3747);
;// CONCATENATED MODULE: ./src/engine/json/position-index.ts




const CR = 0x0d;
const position_index_QUOTE = 0x22;
const LF = 0x0a;
const ARRAY_INDEX = /^(0|[1-9][0-9]*)$/;
/** Typed columns that grow by doubling: a value costs 21 bytes, not five boxed array slots. */
class Columns {
    start;
    keyStart;
    keyEnd;
    firstChild;
    nextSibling;
    keyEscaped;
    length = 0;
    constructor(capacity) {
        const n = Math.max(16, capacity);
        this.start = new Int32Array(n);
        this.keyStart = new Int32Array(n);
        this.keyEnd = new Int32Array(n);
        this.firstChild = new Int32Array(n);
        this.nextSibling = new Int32Array(n);
        this.keyEscaped = new Uint8Array(n);
    }
    add(pos, keyStart, keyEnd, escaped) {
        if (this.length === this.start.length)
            this.grow();
        const id = this.length++;
        this.start[id] = pos;
        this.keyStart[id] = keyStart;
        this.keyEnd[id] = keyEnd;
        this.keyEscaped[id] = escaped ? 1 : 0;
        this.firstChild[id] = -1;
        this.nextSibling[id] = -1;
        return id;
    }
    grow() {
        const n = this.start.length * 2;
        const widen = (a) => {
            const b = new a.constructor(n);
            b.set(a);
            return b;
        };
        this.start = widen(this.start);
        this.keyStart = widen(this.keyStart);
        this.keyEnd = widen(this.keyEnd);
        this.firstChild = widen(this.firstChild);
        this.nextSibling = widen(this.nextSibling);
        this.keyEscaped = widen(this.keyEscaped);
    }
}
/** Containers with more children than this get a lookup table on their first lookup, instead of a walk of siblings. */
const CHILDREN_BEFORE_TABLE = 8;
/** Where pointers sit in valid JSON text (no limits; tolerant of any text, but meaningful only for valid JSON). */
function buildPositionIndex(text) {
    return indexJson(text, Infinity, Infinity, 0).index;
}
/**
 * One pass over `text`. On any text it never throws, and counts brackets, commas and strings exactly as a scan for
 * structure would (a scalar stops at a bracket or quote, a name is only ever a quoted string), so depth and counts
 * are right before the text is known to be JSON; positions mean something only once JSON.parse has accepted it.
 */
function indexJson(text, maxDepth, maxValues, maxDuplicates) {
    // Per value, by id in document order: where it starts, where its member name starts and ends (-1 for the root
    // and array elements), whether that name has escapes, its first child and its next sibling.
    // Room for a value per 32 characters to start with: the connectors of the scale bench average one per 48, and a
    // denser text doubles the columns once or twice.
    const cols = new Columns(Math.min(text.length >> 5, 1 << 20));
    // Open containers, level by level: their id, their last child so far, how many children so far, whether a
    // member name comes next, and the names met (objects; one set per level, reused).
    const open = [];
    const lastChild = [];
    const count = [];
    const expectKey = [];
    const keySets = [];
    let depth = 0;
    let pendingKey = -1;
    let pendingKeyEnd = -1;
    let pendingEscaped = false;
    let values = 1;
    const duplicates = [];
    // Where lines start: JSON text breaks lines only between tokens (a string holds no raw CR or LF), so they are
    // found in the same pass.
    const lineStarts = [0];
    const n = text.length;
    const strings = new json_strings/* StringSkipper */.K(text);
    // No closure reads or writes this loop's variables: captured variables would live in a heap context instead of
    // registers, and the loop reads them for every character. The rare work (a repeated key, the result) is in
    // functions of its own, which keeps the optimized loop small to compile.
    let pos = 0;
    while (pos < n) {
        const c = text.charCodeAt(pos);
        if (c === 0x20 || c === 0x09 || c === 0x3a /* : */) {
            pos++;
            continue;
        }
        if (c === LF || c === CR) {
            pos += c === CR && text.charCodeAt(pos + 1) === LF ? 2 : 1;
            lineStarts.push(pos);
            continue;
        }
        const top = depth - 1;
        if (c === 0x2c /* , */) {
            if (++values > maxValues)
                return indexed(text, cols, lineStarts, values, duplicates, undefined);
            if (top >= 0 && text.charCodeAt(cols.start[open[top]]) === 0x7b)
                expectKey[top] = true;
            pos++;
            continue;
        }
        if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
            if (depth > 0)
                depth--;
            pos++;
            continue;
        }
        if (c === position_index_QUOTE && top >= 0 && expectKey[top]) {
            pendingKey = pos;
            pos = strings.end(pos);
            pendingKeyEnd = pos;
            pendingEscaped = strings.escaped;
            expectKey[top] = false;
            if (keySets[top].has(text, pendingKey, pendingKeyEnd, pendingEscaped) && duplicates.length < maxDuplicates) {
                duplicates.push(duplicateAt(text, cols, open, lastChild, count, top, pendingKey, pendingKeyEnd, pendingEscaped));
            }
            continue;
        }
        const opens = c === 0x7b /* { */ || c === 0x5b; /* [ */
        if (opens) {
            if (depth >= maxDepth)
                return indexed(text, cols, lineStarts, values, duplicates, pos);
            values++;
        }
        const id = cols.add(pos, pendingKey, pendingKeyEnd, pendingEscaped);
        pendingKey = -1;
        if (top >= 0) {
            if (lastChild[top] < 0)
                cols.firstChild[open[top]] = id;
            else
                cols.nextSibling[lastChild[top]] = id;
            lastChild[top] = id;
            count[top]++;
        }
        if (opens) {
            open[depth] = id;
            lastChild[depth] = -1;
            count[depth] = 0;
            expectKey[depth] = c === 0x7b;
            if (c === 0x7b) {
                if (keySets[depth])
                    keySets[depth].clear();
                else
                    keySets[depth] = new key_set/* KeySet */.wj();
            }
            depth++;
            pos++;
        }
        else if (c === position_index_QUOTE) {
            pos = strings.end(pos);
        }
        else {
            // A scalar (or, in text that is not JSON, anything else) up to the next delimiter, bracket or quote.
            pos++;
            while (pos < n && !endsScalar(text.charCodeAt(pos)))
                pos++;
        }
    }
    return indexed(text, cols, lineStarts, values, duplicates, undefined);
}
function indexed(text, cols, lineStarts, values, duplicates, tooDeepAt) {
    const index = lookup(text, cols, lineStarts);
    return tooDeepAt === undefined ? { index, values, duplicates } : { index, tooDeepAt, values, duplicates };
}
/**
 * A member name repeated in the object open at `level`, with its pointer: each enclosing container's member name
 * (of its last child so far) or element index.
 */
function duplicateAt(text, cols, open, lastChild, count, level, keyStart, keyEnd, escaped) {
    let p = '';
    for (let k = 0; k < level; k++) {
        const child = lastChild[k];
        const inObject = text.charCodeAt(cols.start[open[k]]) === 0x7b;
        p += '/' + (inObject ? (0,json_pointer/* escapeToken */.tj)((0,key_set/* nameAt */.Dc)(text, cols.keyStart[child], cols.keyEnd[child], cols.keyEscaped[child] === 1)) : String(count[k] - 1));
    }
    const key = (0,key_set/* nameAt */.Dc)(text, keyStart, keyEnd, escaped);
    return { pointer: p + '/' + (0,json_pointer/* escapeToken */.tj)(key), key, offset: keyStart };
}
function lookup(text, cols, lineStarts) {
    const { start, keyStart, keyEnd, keyEscaped, firstChild, nextSibling } = cols;
    const keyOf = (id) => {
        const quoted = text.slice(keyStart[id], keyEnd[id]);
        return keyEscaped[id] ? (0,key_set/* decodeKey */.y3)(quoted) : quoted.slice(1, -1);
    };
    const keyIs = (id, token) => {
        const from = keyStart[id];
        if (keyEscaped[id])
            return (0,key_set/* decodeKey */.y3)(text.slice(from, keyEnd[id])) === token;
        return keyEnd[id] - from - 2 === token.length && text.startsWith(token, from + 1);
    };
    // Lookup tables of large containers, made on their first lookup: member name → id (the first of a repeated
    // name, as the walk of siblings finds it), or the ids of the elements in order.
    const members = new Map();
    const elements = new Map();
    const countChildren = (node) => {
        let k = 0;
        for (let child = firstChild[node]; child >= 0 && k <= CHILDREN_BEFORE_TABLE; child = nextSibling[child])
            k++;
        return k;
    };
    const memberOf = (node, token) => {
        let table = members.get(node);
        if (!table && countChildren(node) > CHILDREN_BEFORE_TABLE) {
            table = new Map();
            for (let child = firstChild[node]; child >= 0; child = nextSibling[child]) {
                const key = keyOf(child);
                if (!table.has(key))
                    table.set(key, child);
            }
            members.set(node, table);
        }
        if (table)
            return table.get(token) ?? -1;
        let child = firstChild[node];
        while (child >= 0 && !keyIs(child, token))
            child = nextSibling[child];
        return child;
    };
    const elementOf = (node, i) => {
        let table = elements.get(node);
        if (!table && i > CHILDREN_BEFORE_TABLE) {
            const ids = [];
            for (let child = firstChild[node]; child >= 0; child = nextSibling[child])
                ids.push(child);
            table = Int32Array.from(ids);
            elements.set(node, table);
        }
        if (table)
            return i < table.length ? table[i] : -1;
        let child = firstChild[node];
        for (let k = i; k > 0 && child >= 0; k--)
            child = nextSibling[child];
        return child;
    };
    return {
        offsetOf(tokens, wantKey) {
            if (cols.length === 0)
                return undefined;
            let node = 0;
            let found = start[0];
            for (let t = 0; t < tokens.length; t++) {
                const token = tokens[t];
                const c = text.charCodeAt(start[node]);
                let child;
                if (c === 0x7b) {
                    child = memberOf(node, token);
                    if (child < 0)
                        return found;
                    found = t === tokens.length - 1 && wantKey ? keyStart[child] : start[child];
                }
                else if (c === 0x5b) {
                    if (!ARRAY_INDEX.test(token))
                        return found;
                    child = elementOf(node, Number(token));
                    if (child < 0)
                        return found;
                    found = start[child];
                }
                else {
                    return found;
                }
                node = child;
            }
            return found;
        },
        positionOf,
        treeSource() {
            if (cols.length === 0)
                return undefined;
            return {
                children(_start, end, node) {
                    const out = [];
                    for (let child = firstChild[node]; child >= 0; child = nextSibling[child]) {
                        // A value ends before the space and comma that lead to the next member's name (or element), or, the
                        // last one, before the space and bracket that close its container.
                        const next = nextSibling[child];
                        const childEnd = next >= 0 ? endBefore(text, keyStart[next] >= 0 ? keyStart[next] : start[next], true) : endBefore(text, end - 1, false);
                        out.push({ keyStart: keyStart[child], keyEnd: keyEnd[child], keyEscaped: keyEscaped[child] === 1, start: start[child], end: childEnd, handle: child });
                    }
                    return out;
                },
                at(offset) {
                    return { ...positionOf(offset), offset };
                },
            };
        },
    };
    function positionOf(offset) {
        const line = (0,search/* lastAtOrBefore */.A)(lineStarts, offset);
        return { line: line + 1, column: Math.min(offset, text.length) - lineStarts[line] + 1 };
    }
}
/** Where the value before the token at `at` ends: back over space (and, between members, a comma and space). */
function endBefore(text, at, comma) {
    let j = at - 1;
    while (j > 0 && isSpace(text.charCodeAt(j)))
        j--;
    if (comma) {
        j--;
        while (j > 0 && isSpace(text.charCodeAt(j)))
            j--;
    }
    return j + 1;
}
function isSpace(c) {
    return c === 0x20 || c === 0x09 || c === LF || c === CR;
}
function endsScalar(c) {
    return c === 0x2c || c === 0x7d || c === 0x5d || c === 0x20 || c === LF || c === CR || c === 0x09 || c === 0x7b || c === 0x5b || c === position_index_QUOTE || c === 0x3a;
}

// EXTERNAL MODULE: ./src/engine/json/position-at.ts
var position_at = __nccwpck_require__(2818);
;// CONCATENATED MODULE: ./src/engine/json/document.ts
// A parsed JSON file that can say where any JSON pointer sits in its text.
// JSON.parse gives the value fast; positions come from a flat index of the text (position-index.ts), built in the
// pass that checks depth and finds repeated keys before parsing. Texts too large or nested too deep are refused
// before parsing, so nothing recursive (rules walking values) can be driven into a stack overflow; momoa is used
// only to describe syntax errors.





const BOM = '\uFEFF';
/** Repeated keys reported per file (the read problem lists them; a file of thousands says enough with a few). */
const MAX_DUPLICATE_KEYS = 20;
function stripBom(text) {
    return text.startsWith(BOM) ? text.slice(1) : text;
}
function parseJsonDocument(file, rawText) {
    const text = stripBom(rawText);
    let value;
    let error;
    let refused;
    let duplicates = [];
    let index;
    if (text.length > limits/* MAX_JSON_CHARS */.GZ) {
        refused = { reason: 'size', line: 1, column: 1, message: `it is ${text.length} characters long; JSON files over ${limits/* MAX_JSON_CHARS */.GZ} characters are not parsed` };
    }
    else {
        // One pass finds the depth, the values and the repeated keys before parsing, and indexes positions for findings.
        const scan = indexJson(text, limits/* MAX_JSON_DEPTH */.KX, limits/* MAX_JSON_VALUES */.H6, MAX_DUPLICATE_KEYS);
        if (scan.tooDeepAt !== undefined) {
            refused = { reason: 'depth', ...(0,position_at/* positionAt */.t)(text, scan.tooDeepAt), message: `it nests arrays and objects more than ${limits/* MAX_JSON_DEPTH */.KX} levels deep` };
        }
        else if (scan.values > limits/* MAX_JSON_VALUES */.H6) {
            refused = { reason: 'values', line: 1, column: 1, message: `it holds more than ${limits/* MAX_JSON_VALUES */.H6} values (strings, numbers, members, elements), past what is parsed` };
        }
        else {
            try {
                value = JSON.parse(text);
                index = scan.index;
                duplicates = scan.duplicates.map((d) => ({ pointer: d.pointer, key: d.key, ...index.positionOf(d.offset) }));
            }
            catch (e) {
                error = describeSyntaxError(text, e);
            }
        }
    }
    const failed = !!error || !!refused;
    let largeLocates = 0;
    const find = (pointer, key) => {
        if (error)
            return { line: error.line, column: error.column };
        if (refused)
            return { line: refused.line, column: refused.column };
        if (text.length > limits/* MAX_AST_CHARS */.u_ && ++largeLocates > limits/* MAX_TEXT_LOCATES */.V8)
            return undefined;
        if (!index)
            return undefined;
        const offset = index.offsetOf((0,json_pointer/* parsePointer */.vp)(pointer), key);
        return offset === undefined ? undefined : index.positionOf(offset);
    };
    return {
        file,
        text,
        value,
        ok: !failed,
        error,
        refused,
        duplicates,
        index,
        locate: (pointer) => find(pointer, false),
        locateKey: (pointer) => find(pointer, true),
    };
}
function describeSyntaxError(text, e) {
    // momoa reports line and column for syntax errors; JSON.parse's message varies by Node version and quotes
    // the text (which may hold secrets), so it is used only for its offset. Large texts skip momoa: its tree
    // up to the error could cost a gigabyte.
    if (text.length <= limits/* MAX_AST_CHARS */.u_) {
        try {
            parse(text, { mode: 'json' });
        }
        catch (m) {
            const err = m;
            if (typeof err.line === 'number' && typeof err.column === 'number') {
                return { message: cleanMessage(err.message ?? String(m)), line: err.line, column: err.column };
            }
        }
    }
    const raw = e instanceof Error ? e.message : String(e);
    const at = /position (\d+)/.exec(raw);
    const where = at ? (0,position_at/* positionAt */.t)(text, Number(at[1])) : { line: 1, column: 1 };
    const what = /^Unexpected end of JSON input/.test(raw) ? 'Unexpected end of input' : 'Unexpected or missing character';
    return { message: what, ...where };
}
function cleanMessage(message) {
    // momoa appends " (line:col)"; the position is reported separately. (Spaces before it are trimmed apart: one
    // expression starting with \s* was quadratic on a run of spaces.)
    const at = /\(\d+:\d+\)\s*$/.exec(message);
    return at ? message.slice(0, at.index).trimEnd() : message;
}


/***/ }),

/***/ 7533:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ flowTooDeepAt)
/* harmony export */ });
// Nesting depth of the bracket ("flow") collections in YAML or JSON-like text, found without parsing. The
// `yaml` parser recurses per level and needs seconds for 100,000 levels before it overflows the stack, so YAML
// is checked with this first. Quoted scalars and comments are skipped; the count errs towards deeper, never shallower.
/** Offset of the first `[` or `{` that opens a collection deeper than `maxDepth`, or undefined. */
function flowTooDeepAt(text, maxDepth) {
    let depth = 0;
    // The last character that was not a space: a quote opens a scalar only where a value can start.
    let prev = '\n';
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '[' || c === '{') {
            if (++depth > maxDepth)
                return i;
        }
        else if (c === ']' || c === '}') {
            if (depth > 0)
                depth--;
        }
        else if ((c === '"' || c === "'") && ':-[{,?\n'.includes(prev)) {
            i = skipQuoted(text, i, c);
        }
        else if (c === '#' && (prev === '\n' || text[i - 1] === ' ' || text[i - 1] === '\t')) {
            while (i + 1 < text.length && text[i + 1] !== '\n')
                i++;
        }
        if (c !== ' ' && c !== '\t' && c !== '\r')
            prev = c;
    }
    return undefined;
}
// Index of the closing quote (or the end of text). In YAML, '' escapes a single quote and \ escapes in "...".
function skipQuoted(text, start, quote) {
    for (let j = start + 1; j < text.length; j++) {
        const d = text[j];
        if (quote === '"' && d === '\\')
            j++;
        else if (d === quote) {
            if (quote === "'" && text[j + 1] === "'")
                j++;
            else
                return j;
        }
    }
    return text.length;
}


/***/ }),

/***/ 3747:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dc: () => (/* binding */ nameAt),
/* harmony export */   wj: () => (/* binding */ KeySet),
/* harmony export */   y3: () => (/* binding */ decodeKey)
/* harmony export */ });
/** Names an object holds before they are kept as strings in a Set rather than compared in the text. */
const SPANS_BEFORE_SET = 16;
/**
 * The member names of one object. Most objects have a few, so they are compared where they stand in the text
 * (no string is made for them); an object with many, or with a name that has escapes, keeps decoded strings.
 */
class KeySet {
    spans = [];
    set;
    /** Empties the set for another object (frames are reused, level by level). */
    clear() {
        this.spans.length = 0;
        this.set = undefined;
    }
    /** Adds the name quoted at text[start, end); true when the object already had it. */
    has(text, start, end, escaped) {
        if (!this.set && !escaped && this.spans.length < SPANS_BEFORE_SET * 2) {
            for (let k = 0; k < this.spans.length; k += 2)
                if (sameText(text, this.spans[k], this.spans[k + 1], start, end))
                    return true;
            this.spans.push(start, end);
            return false;
        }
        if (!this.set) {
            this.set = new Set();
            for (let k = 0; k < this.spans.length; k += 2)
                this.set.add(text.slice(this.spans[k] + 1, this.spans[k + 1] - 1));
        }
        const key = nameAt(text, start, end, escaped);
        if (this.set.has(key))
            return true;
        this.set.add(key);
        return false;
    }
}
function sameText(text, a, aEnd, b, bEnd) {
    if (aEnd - a !== bEnd - b)
        return false;
    for (let k = 1; k < aEnd - a - 1; k++)
        if (text.charCodeAt(a + k) !== text.charCodeAt(b + k))
            return false;
    return true;
}
/** The member name quoted at text[start, end) ("" before any name was read). */
function nameAt(text, start, end, escaped) {
    if (end - start < 2)
        return '';
    return escaped ? decodeKey(text.slice(start, end)) : text.slice(start + 1, end - 1);
}
function decodeKey(quoted) {
    try {
        const v = JSON.parse(quoted);
        return typeof v === 'string' ? v : quoted;
    }
    catch {
        return quoted;
    }
}


/***/ }),

/***/ 5684:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Wn: () => (/* binding */ pointer),
/* harmony export */   cj: () => (/* binding */ resolvePointer),
/* harmony export */   tj: () => (/* binding */ escapeToken),
/* harmony export */   vp: () => (/* binding */ parsePointer)
/* harmony export */ });
// RFC 6901 JSON pointers: build, split and resolve.
function escapeToken(token) {
    if (typeof token === 'number')
        return String(token);
    // Most names hold neither character: returned as they are, without two regular-expression passes.
    return token.includes('~') || token.includes('/') ? token.replace(/~/g, '~0').replace(/\//g, '~1') : token;
}
/** Builds a pointer from path segments: pointer('a', 0, 'b/c') === '/a/0/b~1c'. */
function pointer(...tokens) {
    return tokens.map((t) => '/' + escapeToken(t)).join('');
}
function parsePointer(p) {
    if (p === '')
        return [];
    const tokens = p.slice(1).split('/');
    // Most pointers have no escape: no replacement is made for them.
    if (p.includes('~'))
        for (let i = 0; i < tokens.length; i++)
            tokens[i] = tokens[i].replace(/~1/g, '/').replace(/~0/g, '~');
    return tokens;
}
/** The value at `p` in `root`, or undefined. */
function resolvePointer(root, p) {
    let node = root;
    for (const token of parsePointer(p)) {
        if (Array.isArray(node))
            node = node[Number(token)];
        else if (node !== null && typeof node === 'object') {
            node = Object.prototype.hasOwnProperty.call(node, token) ? node[token] : undefined;
        }
        else
            return undefined;
    }
    return node;
}


/***/ }),

/***/ 2818:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ positionAt)
/* harmony export */ });
// Line and column of an offset in a text, counted as momoa counts them, for places found before or without the
// position index (a refused text's depth, a syntax error, a YAML or configuration file).
/** 1-based line and column of an offset (as momoa counts: CR, LF and CRLF end a line; columns in UTF-16 code units). */
function positionAt(text, offset) {
    let line = 1;
    let lineStart = 0;
    const end = Math.min(offset, text.length);
    for (let i = 0; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a)
            i++;
        if (c === 0x0a || c === 0x0d) {
            line++;
            lineStart = i + 1;
        }
    }
    return { line, column: end - lineStart + 1 };
}


/***/ }),

/***/ 6027:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ StringSkipper)
/* harmony export */ });
// Skips a JSON string in a text: the passes over JSON text (scan.ts, position-index.ts) spend most of their time
// inside strings, so the closing quote is found with indexOf (native, fast), and only a string that holds a
// backslash is walked character by character. Tolerant of invalid text: an unterminated string ends at the end.
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
class StringSkipper {
    text;
    /** Whether the string skipped last held a backslash (an escape). */
    escaped = false;
    /** The next backslash at or after the last string's start (text.length when none): found once per stretch. */
    nextBackslash = -1;
    constructor(text) {
        this.text = text;
    }
    /** Offset just after the string starting at `pos` (a quote). */
    end(pos) {
        const text = this.text;
        const from = pos + 1;
        this.escaped = false;
        if (this.nextBackslash < from) {
            const b = text.indexOf('\\', from);
            this.nextBackslash = b < 0 ? text.length : b;
        }
        const quote = text.indexOf('"', from);
        if (quote >= 0 && quote < this.nextBackslash)
            return quote + 1;
        // A backslash comes first (or the string never ends): walk from it, an escape taking two characters.
        let j = Math.min(this.nextBackslash, quote < 0 ? text.length : quote);
        while (j < text.length) {
            const c = text.charCodeAt(j);
            if (c === BACKSLASH) {
                this.escaped = true;
                j += 2;
            }
            else if (c === QUOTE)
                return j + 1;
            else
                j++;
        }
        return j;
    }
}


/***/ }),

/***/ 764:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $b: () => (/* binding */ draftAt),
/* harmony export */   _T: () => (/* binding */ loadApiDocument)
/* harmony export */ });
/* unused harmony export parseYamlApi */
/* harmony import */ var _json_pointer_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5684);
/* harmony import */ var _json_flow_depth_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7533);
/* harmony import */ var _json_position_at_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(2818);
/* harmony import */ var _read_limits_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8083);
/* harmony import */ var _yaml_library_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6388);





const cache = new WeakMap();
/** The API description at `file` in the package, parsed once per package; undefined when the file is absent. */
function loadApiDocument(pkg, file) {
    let perPackage = cache.get(pkg);
    if (!perPackage) {
        perPackage = new Map();
        cache.set(pkg, perPackage);
    }
    const cached = perPackage.get(file);
    if (cached)
        return cached;
    const text = pkg.text(file);
    if (text === undefined)
        return undefined;
    const doc = (0,_yaml_library_js__WEBPACK_IMPORTED_MODULE_0__/* .isYamlName */ .fd)(file) ? parseYamlApi(file, text) : fromJson(pkg, file);
    perPackage.set(file, doc);
    return doc;
}
function fromJson(pkg, file) {
    const json = pkg.json(file);
    return {
        file,
        format: 'json',
        value: json.value,
        ok: json.ok,
        error: json.error,
        locate: (p) => json.locate(p),
    };
}
/** Parses YAML text into an ApiDocument (exported for callers that hold text rather than a package; after loadYamlFor). */
function parseYamlApi(file, rawText) {
    const text = rawText.replace(/^\uFEFF/, '');
    // Bounded before parsing: the yaml parser needs about 1.5 s per MiB, and recurses once per nesting level
    // (100,000 levels: seconds, then a stack overflow).
    const refusal = yamlRefusal(text);
    if (refusal)
        return { file, format: 'yaml', value: undefined, ok: false, error: refusal, locate: () => ({ line: refusal.line, column: refusal.column }) };
    const { isMap, isScalar, isSeq, LineCounter, parseDocument } = (0,_yaml_library_js__WEBPACK_IMPORTED_MODULE_0__/* .yamlLibrary */ .Tj)();
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
    const first = doc.errors[0];
    if (first) {
        const pos = lineCounter.linePos(first.pos[0]);
        const message = first.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
        const where = { line: pos.line, column: pos.col };
        return { file, format: 'yaml', value: undefined, ok: false, error: { message, ...where }, locate: () => where };
    }
    let value;
    try {
        // maxAliasCount bounds alias expansion ("billion laughs").
        value = doc.toJS({ maxAliasCount: 1000 });
    }
    catch (e) {
        return { file, format: 'yaml', value: undefined, ok: false, error: { message: e instanceof Error ? e.message : String(e), line: 1, column: 1 }, locate: () => undefined };
    }
    const at = (offset) => {
        const p = lineCounter.linePos(offset);
        return { line: p.line, column: p.col };
    };
    return {
        file,
        format: 'yaml',
        value,
        ok: true,
        locate(pointer) {
            let node = doc.contents;
            let last = doc.contents;
            for (const token of (0,_json_pointer_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePointer */ .vp)(pointer)) {
                let next;
                if (isMap(node))
                    next = node.items.find((pair) => String(isScalar(pair.key) ? pair.key.value : pair.key) === token)?.value;
                else if (isSeq(node))
                    next = /^(0|[1-9][0-9]*)$/.test(token) ? node.items[Number(token)] : undefined;
                if (!next || typeof next !== 'object' || !('range' in next))
                    break;
                node = next;
                last = next;
            }
            return last?.range ? at(last.range[0]) : undefined;
        },
    };
}
/**
 * A finding draft placed at `pointer` in an API document. JSON files get their position from the engine;
 * YAML files carry line and column here.
 */
function draftAt(doc, pointer, message, extra = {}) {
    const draft = { file: doc.file, pointer, message, ...extra };
    if (doc.format === 'yaml') {
        const pos = doc.locate(pointer);
        if (pos) {
            draft.line = pos.line;
            draft.column = pos.column;
        }
    }
    return draft;
}
function yamlRefusal(text) {
    if (text.length > _read_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_YAML_CHARS */ .Rp) {
        return { message: `it is ${text.length} characters long, and YAML over ${_read_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_YAML_CHARS */ .Rp} characters is not read (save it as JSON, read up to ${_read_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_JSON_CHARS */ .GZ})`, line: 1, column: 1 };
    }
    const deep = (0,_json_flow_depth_js__WEBPACK_IMPORTED_MODULE_3__/* .flowTooDeepAt */ .E)(text, _read_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_JSON_DEPTH */ .KX);
    return deep === undefined ? undefined : { message: `it nests collections more than ${_read_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_JSON_DEPTH */ .KX} levels deep`, ...(0,_json_position_at_js__WEBPACK_IMPORTED_MODULE_4__/* .positionAt */ .t)(text, deep) };
}


/***/ }),

/***/ 5427:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   RT: () => (/* binding */ listOperations),
/* harmony export */   bS: () => (/* binding */ requestBodyProperties),
/* harmony export */   gB: () => (/* binding */ serverUrls),
/* harmony export */   rM: () => (/* binding */ operationsById)
/* harmony export */ });
/* unused harmony export HTTP_METHODS */
/* harmony import */ var _json_pointer_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5684);
/* harmony import */ var _util_values_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6489);
/* harmony import */ var _refs_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3687);
// The operations of an API description, with their pointers, for Swagger 2.0 and OpenAPI 3.x alike.



const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
/** Every operation under `paths`, in document order. Never throws on odd shapes. */
function listOperations(root) {
    const paths = (0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)((0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(root)?.paths);
    if (!paths)
        return [];
    const ops = [];
    for (const [path, rawItem] of Object.entries(paths)) {
        const item = (0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)((0,_refs_js__WEBPACK_IMPORTED_MODULE_1__/* .deref */ .LA)(root, rawItem));
        if (!item)
            continue;
        const itemPointer = (0,_json_pointer_js__WEBPACK_IMPORTED_MODULE_2__/* .pointer */ .Wn)('paths', path);
        const shared = readParameters(root, item.parameters, `${itemPointer}/parameters`);
        for (const method of HTTP_METHODS) {
            const operation = (0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(item[method]);
            if (!operation)
                continue;
            const opPointer = `${itemPointer}/${method}`;
            const own = readParameters(root, operation.parameters, `${opPointer}/parameters`);
            const merged = [...shared.filter((s) => !own.some((o) => o.name === s.name && o.in === s.in)), ...own];
            ops.push({ path, method, operationId: (0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asString */ .oJ)(operation.operationId), pointer: opPointer, operation, parameters: merged });
        }
    }
    return ops;
}
function readParameters(root, list, at) {
    return (0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asArray */ ._j)(list).flatMap((raw, i) => {
        const p = (0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)((0,_refs_js__WEBPACK_IMPORTED_MODULE_1__/* .deref */ .LA)(root, raw));
        const name = (0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asString */ .oJ)(p?.name);
        if (!p || !name)
            return [];
        const schema = (0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)((0,_refs_js__WEBPACK_IMPORTED_MODULE_1__/* .deref */ .LA)(root, p.schema));
        return [{ name, in: (0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asString */ .oJ)(p.in) ?? '', required: p.required === true, hasDefault: p.default !== undefined || schema?.default !== undefined, pointer: `${at}/${i}`, value: p }];
    });
}
/** Operations by operationId (the first one wins when ids repeat). */
function operationsById(root) {
    const map = new Map();
    for (const op of listOperations(root))
        if (op.operationId && !map.has(op.operationId))
            map.set(op.operationId, op);
    return map;
}
/** Property names of the JSON request body (OpenAPI 3 requestBody or Swagger 2 `in: body`), local $refs followed. */
function requestBodyProperties(root, op) {
    const body3 = (0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)((0,_refs_js__WEBPACK_IMPORTED_MODULE_1__/* .deref */ .LA)(root, op.operation.requestBody));
    const schema3 = (0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)((0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)((0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(body3?.content)?.['application/json'])?.schema);
    const body2 = op.parameters.find((p) => p.in === 'body')?.value.schema;
    const schema = (0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)((0,_refs_js__WEBPACK_IMPORTED_MODULE_1__/* .deref */ .LA)(root, schema3 ?? body2));
    return Object.keys((0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(schema?.properties) ?? {});
}
/** Server base URLs with their pointers: OpenAPI 3 `servers[].url` (document, path and operation level) or Swagger 2 scheme + host. */
function serverUrls(root) {
    const r = (0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(root);
    if (!r)
        return [];
    const out = [];
    const fromServers = (list, at) => (0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asArray */ ._j)(list).forEach((s, i) => {
        const url = (0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asString */ .oJ)((0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(s)?.url);
        if (url !== undefined)
            out.push({ url, pointer: `${at}/${i}/url` });
    });
    fromServers(r.servers, '/servers');
    for (const [path, item] of Object.entries((0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(r.paths) ?? {})) {
        const it = (0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(item);
        fromServers(it?.servers, `${(0,_json_pointer_js__WEBPACK_IMPORTED_MODULE_2__/* .pointer */ .Wn)('paths', path)}/servers`);
        for (const m of HTTP_METHODS)
            fromServers((0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(it?.[m])?.servers, `${(0,_json_pointer_js__WEBPACK_IMPORTED_MODULE_2__/* .pointer */ .Wn)('paths', path)}/${m}/servers`);
    }
    if (typeof r.swagger === 'string' && typeof r.host === 'string') {
        const schemes = (0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asArray */ ._j)(r.schemes).filter((s) => typeof s === 'string');
        const base = (0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asString */ .oJ)(r.basePath) ?? '';
        // Without `schemes` the API uses the scheme the document was served with: nothing to judge offline.
        schemes.forEach((s, i) => out.push({ url: `${s}://${r.host}${base}`, pointer: `/schemes/${i}` }));
    }
    return out;
}


/***/ }),

/***/ 3687:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AZ: () => (/* binding */ listExternalRefs),
/* harmony export */   Dy: () => (/* binding */ listRefs),
/* harmony export */   LA: () => (/* binding */ deref),
/* harmony export */   Nq: () => (/* binding */ analyzeRefs),
/* harmony export */   Oj: () => (/* binding */ withoutExternalRefs),
/* harmony export */   hp: () => (/* binding */ resolveLocalRef)
/* harmony export */ });
/* unused harmony exports refKind, LONG_ENUM_ITEMS */
/* harmony import */ var _json_pointer_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5684);
// $ref handling without ever leaving the document: local references resolve in place, anything else
// (another file, an http(s) URL) is listed so a rule can report it. Nothing is fetched or read.

/** Every `$ref` string in the document, in document order. */
function listRefs(root) {
    const found = [];
    const seen = new Set();
    const visit = (node, at) => {
        if (node === null || typeof node !== 'object' || seen.has(node))
            return;
        seen.add(node);
        if (Array.isArray(node)) {
            node.forEach((v, i) => visit(v, `${at}/${i}`));
            return;
        }
        for (const [key, v] of Object.entries(node)) {
            if (key === '$ref' && typeof v === 'string')
                found.push({ pointer: `${at}/$ref`, ref: v, kind: refKind(v) });
            else
                visit(v, `${at}/${(0,_json_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeToken */ .tj)(key)}`);
        }
    };
    visit(root, '');
    return found;
}
function refKind(ref) {
    if (ref.startsWith('#'))
        return 'local';
    if (/^https?:/i.test(ref))
        return 'url';
    return 'file';
}
/** References to other files or URLs: the ones an offline check must report instead of following. */
function listExternalRefs(root) {
    return listRefs(root).filter((r) => r.kind !== 'local');
}
/** The target of a local `#/…` reference, or undefined. A fragment that is not valid URI encoding is read as written. */
function resolveLocalRef(root, ref) {
    if (!ref.startsWith('#'))
        return undefined;
    let p = ref.slice(1);
    try {
        p = decodeURIComponent(p);
    }
    catch {
        // as json-schema-ref-parser's safeDecodeURIComponent does
    }
    return (0,_json_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .resolvePointer */ .cj)(root, p);
}
/** Follows local `$ref`s (at most `depth` hops) until a non-reference value; external ones give undefined. */
function deref(root, value, depth = 16) {
    let v = value;
    for (let i = 0; i < depth; i++) {
        const ref = v !== null && typeof v === 'object' && !Array.isArray(v) ? v.$ref : undefined;
        if (typeof ref !== 'string')
            return v;
        v = resolveLocalRef(root, ref);
    }
    return undefined;
}
/** A deep copy with every external `$ref` replaced by an empty schema, so a validator never tries to load it. */
function withoutExternalRefs(root) {
    const copy = structuredClone(root);
    for (const site of listExternalRefs(copy)) {
        const owner = (0,_json_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .resolvePointer */ .cj)(copy, site.pointer.slice(0, -'/$ref'.length));
        if (owner && typeof owner === 'object')
            delete owner.$ref;
    }
    return copy;
}
/** Length from which an `enum` is checked for repeats here rather than by Ajv's comparison of every pair. */
const LONG_ENUM_ITEMS = 64;
/**
 * One pass over the document and its references (and its long enums, on the way). The dereferenced size is counted without building anything, once
 * per object (a reference counts its target's size), so the pass is linear even when the dereferenced document is
 * exponential (each of 21 schemas naming the next three times: 3^21 values). A reference back to an object being
 * counted (a cycle) counts one, as dereferencing leaves it circular.
 */
function analyzeRefs(root, cap) {
    // Each object's size: OPEN while it is being counted, then its size, negated when no reference is in or below it.
    // One map for all three: a lookup on every object met is most of this pass's time.
    const sizes = new Map();
    const broken = [];
    const longEnums = [];
    const limit = cap + 1;
    // The objects being counted, one level each, in parallel lists (no frame object per object): the object, where its
    // children start in `pending`, its size so far, whether a reference is in or below it, whether it is one.
    const nodes = [];
    const bases = [];
    const counted = [];
    const withRefs = [];
    const isRef = [];
    // The children still to visit of every object being counted: each object's own run, in reverse, so that they come
    // off the end in document order. Explicit, not recursive: chains of references can be longer than the call stack
    // is deep.
    const pending = [];
    const open = (value) => {
        sizes.set(value, OPEN);
        // `in` first, here and in refOf: most objects have neither member, and an absent member is found faster so.
        const list = Array.isArray(value) || !('enum' in value) ? undefined : value.enum;
        if (Array.isArray(list) && list.length >= LONG_ENUM_ITEMS)
            longEnums.push(value);
        const ref = refOf(value);
        const base = pending.length;
        if (Array.isArray(value)) {
            for (let i = value.length - 1; i >= 0; i--)
                pending.push(value[i]);
        }
        else {
            // A reference stands for its target, then the members beside it.
            if (ref !== undefined) {
                const target = ref.startsWith('#') ? resolveLocalRef(root, ref) : undefined;
                if (target === undefined)
                    broken.push(value);
                else
                    pending.push(target);
            }
            for (const k in value)
                if (ref === undefined || k !== '$ref')
                    pending.push(value[k]);
            reverseFrom(pending, base);
        }
        nodes.push(value);
        bases.push(base);
        counted.push(0);
        withRefs.push(ref !== undefined);
        isRef.push(ref !== undefined);
    };
    let result = 1;
    if (root !== null && typeof root === 'object')
        open(root);
    while (nodes.length > 0) {
        const top = nodes.length - 1;
        if (pending.length > bases[top]) {
            const child = pending.pop();
            if (child === null || typeof child !== 'object') {
                counted[top] = Math.min(limit, counted[top] + 1);
                continue;
            }
            const known = sizes.get(child);
            if (known === undefined) {
                open(child);
                continue;
            }
            // Counted already (its size, negated when free of references), or a cycle back to an object being counted.
            counted[top] = Math.min(limit, counted[top] + (known === OPEN ? 1 : Math.abs(known)));
            if (known >= 0)
                withRefs[top] = true;
            continue;
        }
        const node = nodes.pop();
        bases.pop();
        const own = counted.pop();
        const refs = withRefs.pop();
        // A reference is replaced by its target; anything else counts itself.
        const size = Math.min(limit, isRef.pop() ? Math.max(1, own) : own + 1);
        sizes.set(node, refs ? size : -size);
        if (nodes.length > 0) {
            const parent = nodes.length - 1;
            counted[parent] = Math.min(limit, counted[parent] + size);
            withRefs[parent] ||= refs;
        }
        else
            result = size;
    }
    const refFree = { has: (value) => (sizes.get(value) ?? 0) < 0 };
    return { dereferencedSize: result, broken, refFree, longEnums };
}
/** Reverses `list` from `from` to its end, in place. */
function reverseFrom(list, from) {
    for (let i = from, j = list.length - 1; i < j; i++, j--) {
        const t = list[i];
        list[i] = list[j];
        list[j] = t;
    }
}
/** The size of an object while it is being counted (sizes are at least 1). */
const OPEN = 0;
/** The `$ref` string of an object that is a reference (not of an array). */
function refOf(value) {
    const ref = Array.isArray(value) || !('$ref' in value) ? undefined : value.$ref;
    return typeof ref === 'string' ? ref : undefined;
}


/***/ }),

/***/ 6388:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Tj: () => (/* binding */ yamlLibrary),
/* harmony export */   fd: () => (/* binding */ isYamlName),
/* harmony export */   pE: () => (/* binding */ loadYamlFor)
/* harmony export */ });
/* unused harmony export hasYamlFrontMatter */
let library;
/** True for names that are read as YAML (everything else is read as JSON, YAML's strict subset). */
function isYamlName(name) {
    return /\.ya?ml$/i.test(name);
}
/** Agent skills (SKILL.md) open with YAML front matter, so they need the parser too. */
function hasYamlFrontMatter(name) {
    return /(^|\/)SKILL\.md$/.test(name);
}
/** Loads the YAML parser when the package holds a YAML file or a skill; resolves at once otherwise or when loaded. */
async function loadYamlFor(pkg) {
    if (!library && pkg.names.some((n) => isYamlName(n) || hasYamlFrontMatter(n)))
        library = await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19));
}
/** The YAML parser; loadYamlFor must have been awaited for a package with YAML files. */
function yamlLibrary() {
    if (!library)
        throw new Error('the YAML parser is not loaded: loadYamlFor(package) must run before YAML is parsed');
    return library;
}


/***/ }),

/***/ 8083:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $5: () => (/* binding */ RATIO_FLOOR_BYTES),
/* harmony export */   AP: () => (/* binding */ MAX_FIELD_CHARS),
/* harmony export */   GZ: () => (/* binding */ MAX_JSON_CHARS),
/* harmony export */   H6: () => (/* binding */ MAX_JSON_VALUES),
/* harmony export */   Ip: () => (/* binding */ MAX_ARCHIVE_BYTES),
/* harmony export */   JO: () => (/* binding */ MAX_SPEC_CHECK_OBJECTS),
/* harmony export */   KX: () => (/* binding */ MAX_JSON_DEPTH),
/* harmony export */   P5: () => (/* binding */ MAX_DEREFERENCED_VALUES),
/* harmony export */   Rp: () => (/* binding */ MAX_YAML_CHARS),
/* harmony export */   Sd: () => (/* binding */ MAX_ENTRIES),
/* harmony export */   V8: () => (/* binding */ MAX_TEXT_LOCATES),
/* harmony export */   Ze: () => (/* binding */ IN_MEMORY_ARCHIVE_BYTES),
/* harmony export */   by: () => (/* binding */ MAX_SPEC_CHECK_MS),
/* harmony export */   eE: () => (/* binding */ MAX_FOLDER_DEPTH),
/* harmony export */   eY: () => (/* binding */ MAX_COMPRESSION_RATIO),
/* harmony export */   gx: () => (/* binding */ MAX_TOTAL_BYTES),
/* harmony export */   n: () => (/* binding */ MAX_READ_PROBLEMS),
/* harmony export */   oW: () => (/* binding */ MAX_ENTRY_BYTES),
/* harmony export */   u_: () => (/* binding */ MAX_AST_CHARS),
/* harmony export */   vd: () => (/* binding */ MAX_SPEC_CHECK_REFS)
/* harmony export */ });
// Reading limits. A Teams package is a few files and well under a megabyte; these leave ample room
// for real packages while refusing archives built to exhaust memory or time.
/** Most entries read from one zip or folder. */
const MAX_ENTRIES = 1_000;
/** Largest single file inflated or read (bytes). */
const MAX_ENTRY_BYTES = 16 * 1024 * 1024;
/** Largest total of all inflated files in one package (bytes). */
const MAX_TOTAL_BYTES = 64 * 1024 * 1024;
/**
 * Largest compression ratio accepted, per entry and for the whole archive (inflated bytes over the archive's
 * size on disk). Real packages are mostly PNGs, which barely compress; zip bombs start near 1000:1, and
 * overlapping-entry bombs reuse one compressed stream for many entries, which only the archive-wide ratio sees.
 */
const MAX_COMPRESSION_RATIO = 200;
/** Entries (and archives) inflating to less than this are not ratio-checked: tiny files compress well legitimately. */
const RATIO_FLOOR_BYTES = 1024 * 1024;
/** Largest zip file opened at all (bytes). */
const MAX_ARCHIVE_BYTES = 64 * 1024 * 1024;
/** Deepest folder nesting walked when reading a folder package. */
const MAX_FOLDER_DEPTH = 16;
/**
 * Most read problems reported for one package; past it one summary finding says how many more there were,
 * so an archive of 1,000 hostile names gives a readable report, not 1,000 findings.
 */
const MAX_READ_PROBLEMS = 25;
/**
 * Deepest nesting of arrays and objects parsed in a JSON file; deeper files are refused unparsed, so
 * recursive code (momoa's position parser, rules walking values) never meets a depth that overflows the
 * stack. Four times the default maximum depth of the .NET JSON readers Microsoft's services use (64), so
 * no file those services accept comes near it.
 */
const MAX_JSON_DEPTH = 256;
/**
 * Largest JSON text parsed (characters). JSON.parse needs about 70 ms per megabyte of small values and rules
 * walk the result; real manifests and API descriptions are kilobytes to a few hundred kilobytes.
 */
const MAX_JSON_CHARS = 4 * 1024 * 1024;
/**
 * Largest JSON text whose positions come from momoa's syntax tree; larger ones are located by scanning the
 * text, because the tree costs about 130 bytes per value (an 8 MB array of numbers: 1 GB).
 */
const MAX_AST_CHARS = 256 * 1024;
/** Most pointer lookups by scanning in one large JSON text; past it findings there carry no line. */
const MAX_TEXT_LOCATES = 200;
/** Archives up to this size are read into memory whole before their entries are listed (faster; see zip.ts). */
const IN_MEMORY_ARCHIVE_BYTES = 8 * 1024 * 1024;
/**
 * Most values (strings, numbers, members, elements) in one JSON text parsed. Rules and schema validators walk
 * every value, and a validator reporting all errors spends about 15 µs on each bad one (400,000 wrong array items
 * in a manifest: 6 s). A manifest holds hundreds of values, a large connector definition tens of thousands.
 */
const MAX_JSON_VALUES = 100_000;
/**
 * Largest YAML text parsed (characters). The `yaml` parser runs at about 1.5 s per MiB (JSON.parse: 70 ms), so
 * a YAML API description is bounded far below JSON's limit; real ones are tens of kilobytes.
 */
const MAX_YAML_CHARS = 512 * 1024;
/**
 * Bounds of one API description's spec checks (swagger-parser's, read through references as they are met,
 * src/engine/openapi/spec-check.ts): references resolved, objects read through them, and time. The largest
 * connector of microsoft/PowerPlatformConnectors needs a few thousand of each and a few milliseconds; references
 * that fan out (each schema naming the next several times) need exponentially many, and stop here with a finding.
 */
const MAX_SPEC_CHECK_REFS = 50_000;
/**
 * Largest size, in values, an API description may reach once every local `$ref` is replaced by its target (counted
 * without building it). The largest connector of microsoft/PowerPlatformConnectors dereferences to about 100,000.
 */
const MAX_DEREFERENCED_VALUES = 1_000_000;
const MAX_SPEC_CHECK_OBJECTS = 200_000;
const MAX_SPEC_CHECK_MS = 2_000;
/**
 * Most characters of one field's text that a text rule reads (store names and descriptions, agent instructions,
 * connector summaries …). Every expression those rules run is linear (`__tests__/hostile/regex-audit.test.ts`);
 * this bounds their work on a value of megabytes all the same, and the size of what a message quotes. Twice the
 * longest text field Microsoft documents (a declarative agent's instructions, 8,000 characters), so no real text is
 * cut; a field's own length limit is checked on the whole value by its rule or the schema.
 */
const MAX_FIELD_CHARS = 16_384;


/***/ }),

/***/ 165:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   iF: () => (/* binding */ createPackageView)
/* harmony export */ });
/* unused harmony exports decodeBytes, normalizeName, viewFromRecord */
/* harmony import */ var _json_document_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4693);
// One read-only view over a package's files, whether it came from a zip, a folder or a single JSON file.
// Text and JSON are decoded once and cached, so rules can ask for the same file freely.

const utf8 = new TextDecoder('utf-8', { fatal: true });
function decodeBytes(bytes) {
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
        return decodeUtf8(bytes.subarray(3), true);
    }
    if (bytes[0] === 0xff && bytes[1] === 0xfe) {
        return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', bom: true };
    }
    if (bytes[0] === 0xfe && bytes[1] === 0xff) {
        return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', bom: true };
    }
    return decodeUtf8(bytes, false);
}
function decodeUtf8(bytes, bom) {
    try {
        return { text: utf8.decode(bytes), encoding: 'utf-8', bom };
    }
    catch {
        // Keep going with replacement characters so later rules still see something; the encoding rule reports it.
        return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'invalid', bom };
    }
}
function normalizeName(name) {
    // Asked for every finding's file, and most names are normal already: no regular expression for them.
    if (!name.includes('\\') && !name.startsWith('./'))
        return name;
    return name.replace(/\\/g, '/').replace(/^\.\//, '');
}
function createPackageView(path, container, files) {
    const names = [...files.keys()];
    const lower = new Map();
    for (const n of names)
        if (!lower.has(n.toLowerCase()))
            lower.set(n.toLowerCase(), n);
    const decodedCache = new Map();
    const jsonCache = new Map();
    let totalBytes = 0;
    for (const b of files.values())
        totalBytes += b.byteLength;
    const view = {
        path,
        container,
        names,
        totalBytes,
        has: (name) => files.has(normalizeName(name)),
        findName: (name) => (files.has(normalizeName(name)) ? normalizeName(name) : lower.get(normalizeName(name).toLowerCase())),
        bytes: (name) => files.get(normalizeName(name)),
        decoded(name) {
            const key = normalizeName(name);
            const cached = decodedCache.get(key);
            if (cached)
                return cached;
            const bytes = files.get(key);
            if (!bytes)
                return undefined;
            const d = decodeBytes(bytes);
            decodedCache.set(key, d);
            return d;
        },
        text: (name) => view.decoded(name)?.text,
        json(name) {
            const key = normalizeName(name);
            const cached = jsonCache.get(key);
            if (cached)
                return cached;
            const text = view.text(key);
            if (text === undefined)
                return undefined;
            const doc = (0,_json_document_js__WEBPACK_IMPORTED_MODULE_0__/* .parseJsonDocument */ .d)(key, text);
            jsonCache.set(key, doc);
            return doc;
        },
    };
    return view;
}
/** Builds a view from plain strings or bytes: handy for tests and generated packages. */
function viewFromRecord(path, record, container = 'folder') {
    const files = new Map();
    for (const [name, content] of Object.entries(record)) {
        const bytes = content instanceof Uint8Array
            ? content
            : Buffer.from(typeof content === 'string' ? content : JSON.stringify(content, null, 2), 'utf8');
        files.set(normalizeName(name), bytes);
    }
    return createPackageView(path, container, files);
}


/***/ }),

/***/ 1941:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DR: () => (/* binding */ filesBelow),
/* harmony export */   F8: () => (/* binding */ stripBom),
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   XF: () => (/* binding */ readRegularFile),
/* harmony export */   Ze: () => (/* binding */ isRegularFile),
/* harmony export */   k2: () => (/* binding */ slashes),
/* harmony export */   yR: () => (/* binding */ readText)
/* harmony export */ });
/* unused harmony export isDirectory */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8083);
// Reading a toolkit project's files from disk. Every path comes from the pull request (the yml, the manifest, the
// declarative agent), so each is checked to stay inside the folder the toolkit allows, symbolic links are never
// followed (one could name the runner's .git/config), and sizes are bounded like a package's.



/** True when `abs` is `dir` or lies below it (the toolkit's own containment test, on resolved paths). */
function isInside(dir, abs) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(dir, abs);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel));
}
/** A regular file's bytes; never follows a symbolic link. */
async function readRegularFile(abs) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(abs).catch(() => null);
    if (!info)
        return { ok: false, reason: 'missing' };
    if (info.isSymbolicLink())
        return { ok: false, reason: 'symlink' };
    if (!info.isFile())
        return { ok: false, reason: 'not-a-file' };
    if (info.size > _limits_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_ENTRY_BYTES */ .oW)
        return { ok: false, reason: 'too-large' };
    const bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(abs).catch(() => null);
    return bytes ? { ok: true, bytes } : { ok: false, reason: 'missing' };
}
/** A regular file as UTF-8 text without a byte-order mark (as the toolkit reads it), or undefined. */
async function readText(abs) {
    const read = await readRegularFile(abs);
    return read.ok ? stripBom(read.bytes.toString('utf8')) : undefined;
}
function stripBom(text) {
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
async function isRegularFile(abs) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(abs).catch(() => null);
    return !!info?.isFile();
}
async function isDirectory(abs) {
    const info = await lstat(abs).catch(() => null);
    return !!info?.isDirectory();
}
/** Regular files below `dir` (symbolic links skipped, as the toolkit skips them), at most `max`. */
async function filesBelow(dir, max) {
    const out = [];
    const walk = async (abs, depth) => {
        if (depth > 16 || out.length >= max)
            return;
        const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(abs, { withFileTypes: true }).catch(() => []);
        for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
            if (out.length >= max)
                return;
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(abs, e.name);
            if (e.isDirectory())
                await walk(path, depth + 1);
            else if (e.isFile())
                out.push(path);
        }
    };
    await walk(dir, 0);
    return out;
}
/** '/'-separated form of a relative path. */
function slashes(path) {
    return path.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
}


/***/ }),

/***/ 3883:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Em: () => (/* binding */ projectOfAppFolder),
/* harmony export */   U8: () => (/* binding */ openProject),
/* harmony export */   Uz: () => (/* binding */ DEFAULT_ENVIRONMENT),
/* harmony export */   VC: () => (/* binding */ defaultZip),
/* harmony export */   _F: () => (/* binding */ buildFolderOf),
/* harmony export */   mj: () => (/* binding */ DEFAULT_MANIFEST),
/* harmony export */   tX: () => (/* binding */ projectInputs),
/* harmony export */   tq: () => (/* binding */ isEnvironmentName)
/* harmony export */ });
/* unused harmony exports projectYmls, isProjectDir, expandEnvName */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1941);
/* harmony import */ var _yml_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2168);
// A Microsoft 365 Agents Toolkit project: a folder with m365agents.yml or teamsapp.yml (or only their local
// variants), an app folder (appPackage/) and env/.env.<environment>. Which yml, manifest and env file the toolkit
// uses follows fx-core (pathUtils, the zipAppPackage driver); every path must stay inside the repository.




const DEFAULT_ENVIRONMENT = 'dev';
/** An environment name the toolkit accepts (fx-core environmentNameManager: letters, digits, _ and -). */
function isEnvironmentName(name) {
    return /^[\w-]+$/.test(name);
}
/** The manifest `atk package` builds when told nothing else. */
const DEFAULT_MANIFEST = './appPackage/manifest.json';
/** The zip `atk package --env <environment>` writes when told nothing else. */
function defaultZip(dir, environment) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'appPackage', 'build', `appPackage.${environment}.zip`);
}
/** Project yml names present in `dir`. */
async function projectYmls(dir) {
    const names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir).catch(() => []);
    return _yml_js__WEBPACK_IMPORTED_MODULE_3__/* .PROJECT_YML_NAMES */ .kH.filter((n) => names.includes(n));
}
async function isProjectDir(dir) {
    return (await projectYmls(dir)).length > 0;
}
/**
 * The project in `dir` as the toolkit sees it for `environment`; undefined when `dir` is not a project. `root` bounds
 * every path the yml names (the repository: nothing outside it is read).
 */
async function openProject(dir, environment, root) {
    const present = await projectYmls(dir);
    if (present.length === 0)
        return undefined;
    // The yml for the environment; a project that has only another one (an older local-only project) uses that.
    const name = (0,_yml_js__WEBPACK_IMPORTED_MODULE_3__/* .ymlNamesFor */ .s6)(environment).find((n) => present.includes(n)) ?? present[0];
    const yml = await (0,_yml_js__WEBPACK_IMPORTED_MODULE_3__/* .readProjectYml */ .CS)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name));
    const inRoot = (abs) => ((0,_files_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .FK)(root, abs) ? abs : undefined);
    const envFolder = inRoot((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(dir, expandEnvName(yml.environmentFolderPath, environment))) ?? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'env');
    const step = yml.zipSteps[0];
    // The fallback is joined from parts: ncc took resolve(dir, './appPackage/manifest.json') for an asset, copied
    // examples/…/manifest.json into dist/ and wrote the build folder's name into the bundle.
    const manifest = inRoot((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(dir, expandEnvName(step?.manifestPath ?? DEFAULT_MANIFEST, environment))) ?? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'appPackage', 'manifest.json');
    const generatedDir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'appPackage', '.generated');
    const generated = await (0,_files_js__WEBPACK_IMPORTED_MODULE_2__/* .isRegularFile */ .Ze)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(generatedDir, 'manifest.json'));
    const zipPath = step?.outputZipPath ? inRoot((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(dir, expandEnvName(step.outputZipPath, environment))) : undefined;
    return {
        dir,
        environment,
        yml,
        envFile: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(envFolder, `.env.${environment}`),
        manifest: generated ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(generatedDir, 'manifest.json') : manifest,
        appDir: generated ? generatedDir : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(manifest),
        generated,
        zip: zipPath ?? defaultZip(dir, environment),
    };
}
/** The project whose app folder `dir` is (appPackage/ named instead of the project), if any. */
async function projectOfAppFolder(dir, environment, root) {
    const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir);
    if (parent === dir || !(0,_files_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .FK)(root, parent))
        return undefined;
    const project = await openProject(parent, environment, root);
    return project && (project.appDir === dir || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(project.manifest) === dir) ? project : undefined;
}
/** The repository files a project's package is built from: what a pull request changes to change the package. */
function projectInputs(p) {
    return [p.yml.abs, p.envFile, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(p.manifest), ...(p.generated ? [p.appDir] : [])];
}
/** The folder a toolkit project writes its build output to, beside its app folder. */
function buildFolderOf(p) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(p.zip);
}
/** `${{TEAMSFX_ENV}}` in a yml path: the environment's name (the toolkit expands the yml's arguments). */
function expandEnvName(path, environment) {
    return path.replace(/\$\{\{\s*TEAMSFX_ENV\s*\}\}/g, environment);
}


/***/ }),

/***/ 5471:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dj: () => (/* binding */ standInValue),
/* harmony export */   aq: () => (/* binding */ reviseForStandIns),
/* harmony export */   bb: () => (/* binding */ standInGuid)
/* harmony export */ });
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6624);

function standInValue(name) {
    const slug = (0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .trimOf */ .Wo)(name.toLowerCase().replace(/[^a-z0-9]+/g, '-'), '-') || 'value';
    if (/(^|_)(DOMAIN|HOST|HOSTNAME|FQDN)$/.test(name))
        return `${slug}.example.com`;
    if (/(ENDPOINT|URL|URI|LINK)(_|$)/.test(name))
        return `https://${slug}.example.com`;
    if (/(^|_)(ID|GUID|TENANT)(_|$)|CLIENTID|APPID/.test(name))
        return standInGuid(name);
    if (/SUFFIX$/.test(name))
        return '';
    return slug;
}
/** A version-4-shaped GUID derived from the name (FNV-1a), so no two variables share one. */
function standInGuid(name) {
    let hex = '';
    for (let seed = 0; hex.length < 32; seed++) {
        let h = 0x811c9dc5 ^ seed;
        for (let i = 0; i < name.length; i++)
            h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
        hex += (h >>> 0).toString(16).padStart(8, '0');
    }
    const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
/**
 * Rules whose finding is about which host a URL names (a template default, an example host): true of every
 * stand-in, so such a finding on a value that is wholly a stand-in is about the stand-in, not the project.
 */
const HOST_IDENTITY_RULES = new Set(['teams.developer-default-values']);
/**
 * Findings of a package built with stand-ins, made to speak of the variables: a stand-in in a message is shown as
 * the `${{VAR}}` it stands for, and findings about a stand-in's identity are dropped.
 */
function reviseForStandIns(findings, standIns, valueAt) {
    const values = [...standIns.keys()].filter((v) => v.length >= 8).sort((a, b) => b.length - a.length);
    if (values.length === 0)
        return findings;
    const out = [];
    for (const f of findings) {
        // The reader's own findings name the stand-ins on purpose.
        if (f.ruleId.startsWith('package.toolkit-')) {
            out.push(f);
            continue;
        }
        const value = valueAt(f);
        if (HOST_IDENTITY_RULES.has(f.ruleId) && typeof value === 'string' && values.some((v) => value.includes(v)))
            continue;
        let message = f.message;
        for (const v of values)
            if (message.includes(v))
                message = message.split(v).join(`\${{${standIns.get(v)}}}`);
        out.push(message === f.message ? f : { ...f, message });
    }
    return out;
}


/***/ }),

/***/ 2168:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CS: () => (/* binding */ readProjectYml),
/* harmony export */   kH: () => (/* binding */ PROJECT_YML_NAMES),
/* harmony export */   s6: () => (/* binding */ ymlNamesFor)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8083);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1941);
// The project's yml (m365agents.yml, teamsapp.yml and their local/playground/sandbox variants) as far as packaging
// needs it: where the env files are, the teamsApp/zipAppPackage step, and which variables the steps write when the
// project is provisioned (writeToEnvironmentFile, the toolkit's default output names, arm/deploy template outputs,
// file/createOrUpdateEnvironmentFile, and scripts' ::set-teamsfx-env).
// Lines are kept so a stand-in notice can name the step that writes a variable.



/** Project files, by the environment they serve (fx-core pathUtils.getYmlFilePath: V4 names first, then V3). */
const YML_BY_ENV = {
    local: ['m365agents.local.yml', 'teamsapp.local.yml'],
    playground: ['m365agents.playground.yml'],
    testtool: ['teamsapp.testtool.yml'],
    sandbox: ['m365agents.sandbox.yml', 'teamsapp.sandbox.yml'],
};
const MAIN_YML = ['m365agents.yml', 'teamsapp.yml'];
/** Every file name that makes a folder a toolkit project. */
const PROJECT_YML_NAMES = [...MAIN_YML, ...new Set(Object.values(YML_BY_ENV).flat())];
/** The yml names the toolkit reads for `environment`, in its order of preference. */
function ymlNamesFor(environment) {
    return YML_BY_ENV[environment] ?? MAIN_YML;
}
const LIFECYCLES = ['provision', 'publish', 'deploy'];
/** Output names drivers write even without writeToEnvironmentFile (fx-core defaultOutputNames / internalOutputNames). */
const DEFAULT_OUTPUTS = {
    'teamsApp/create': ['TEAMS_APP_ID', 'TEAMS_APP_TENANT_ID'],
    'teamsApp/publishAppPackage': ['TEAMS_APP_PUBLISHED_APP_ID'],
};
async function readProjectYml(abs) {
    const out = { abs, environmentFolderPath: './env', zipSteps: [], written: new Map(), writtenPrefixes: new Map() };
    const text = await (0,_files_js__WEBPACK_IMPORTED_MODULE_1__/* .readText */ .yR)(abs);
    if (text === undefined)
        return { ...out, error: 'it cannot be read' };
    if (text.length > _limits_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_YAML_CHARS */ .Rp)
        return { ...out, error: `it is larger than ${_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_YAML_CHARS */ .Rp} characters` };
    const Y = await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19));
    const lines = new Y.LineCounter();
    const doc = Y.parseDocument(text, { lineCounter: lines, uniqueKeys: false });
    if (doc.errors.length > 0)
        return { ...out, error: `it is not valid YAML (line ${lines.linePos(doc.errors[0].pos[0]).line})` };
    const root = doc.contents;
    if (!Y.isMap(root))
        return { ...out, error: 'it is not a YAML mapping' };
    const folder = root.get('environmentFolderPath');
    if (typeof folder === 'string' && folder.trim())
        out.environmentFolderPath = folder.trim();
    const lineOf = (node) => (node?.range ? lines.linePos(node.range[0]).line : 1);
    const templates = [];
    for (const lifecycle of LIFECYCLES) {
        const steps = root.get(lifecycle, true);
        if (!Y.isSeq(steps))
            continue;
        for (const step of steps.items) {
            if (!Y.isMap(step))
                continue;
            const uses = step.get('uses');
            if (typeof uses !== 'string')
                continue;
            const line = lineOf(step);
            const withArgs = step.get('with', true);
            const arg = (name) => (Y.isMap(withArgs) ? stringOf(withArgs.get(name)) : undefined);
            if (uses === 'teamsApp/zipAppPackage') {
                out.zipSteps.push({ manifestPath: arg('manifestPath'), outputZipPath: arg('outputZipPath'), outputFolder: arg('outputFolder'), line });
            }
            if (uses === 'typeSpec/compile' && !out.typeSpec)
                out.typeSpec = { path: arg('path') ?? './main.tsp', line };
            const writes = step.get('writeToEnvironmentFile', true);
            if (Y.isMap(writes)) {
                for (const pair of writes.items) {
                    const value = Y.isScalar(pair.value) ? pair.value.value : undefined;
                    if (typeof value === 'string' && value.trim())
                        setOnce(out.written, value.trim(), { action: uses, line: lineOf(pair.value) });
                }
            }
            else {
                for (const name of DEFAULT_OUTPUTS[uses] ?? [])
                    setOnce(out.written, name, { action: uses, line });
            }
            // Always written, whatever writeToEnvironmentFile says.
            if (uses === 'teamsApp/create')
                setOnce(out.written, 'TEAMS_APP_TENANT_ID', { action: uses, line });
            if (uses === 'file/createOrUpdateEnvironmentFile' && Y.isMap(withArgs)) {
                const envs = withArgs.get('envs', true);
                if (Y.isMap(envs))
                    for (const pair of envs.items)
                        if (Y.isScalar(pair.key))
                            setOnce(out.written, String(pair.key.value), { action: uses, line: lineOf(pair.key) });
            }
            // A script writes with `::set-teamsfx-env NAME=value` on its output.
            const script = uses === 'script' ? arg('run') : undefined;
            if (script)
                for (const m of script.matchAll(/::set-teamsfx-env\s+([A-Za-z_]\w*)=/g))
                    setOnce(out.written, m[1], { action: uses, line });
            if (uses === 'arm/deploy' && Y.isMap(withArgs)) {
                const list = withArgs.get('templates', true);
                if (Y.isSeq(list))
                    for (const t of list.items)
                        if (Y.isMap(t) && typeof t.get('path') === 'string')
                            templates.push({ path: t.get('path'), action: uses, line });
            }
        }
    }
    await addTemplateOutputs(out, templates);
    return out;
}
function stringOf(v) {
    return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}
function setOnce(map, key, value) {
    if (!map.has(key))
        map.set(key, value);
}
/** Bicep `output` declarations and ARM JSON `outputs`: arm/deploy writes each, upper-cased, into the env file. */
async function addTemplateOutputs(out, templates) {
    const projectDir = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(out.abs);
    for (const t of templates.slice(0, 20)) {
        const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(projectDir, t.path);
        if (!(0,_files_js__WEBPACK_IMPORTED_MODULE_1__/* .isInside */ .FK)(projectDir, abs))
            continue;
        const text = await (0,_files_js__WEBPACK_IMPORTED_MODULE_1__/* .readText */ .yR)(abs);
        if (text === undefined || text.length > _limits_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_YAML_CHARS */ .Rp)
            continue;
        const written = { action: t.action, line: t.line };
        if (/\.bicep$/i.test(abs)) {
            for (const m of text.matchAll(/^[ \t]*output[ \t]+([A-Za-z_]\w*)[ \t]+(\w+)/gm)) {
                setOnce(m[2] === 'object' ? out.writtenPrefixes : out.written, m[1].toUpperCase(), written);
            }
            continue;
        }
        try {
            const outputs = JSON.parse(text).outputs ?? {};
            for (const [name, o] of Object.entries(outputs))
                setOnce(/object/i.test(o?.type ?? '') ? out.writtenPrefixes : out.written, name.toUpperCase(), written);
        }
        catch {
            // Not JSON: no outputs known.
        }
    }
}


/***/ }),

/***/ 1736:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ ROUTE_DOCS)
/* harmony export */ });
/* harmony import */ var _rules_docs_links_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8551);
// The Microsoft pages the distribution table cites. Pages rules also cite come from docs-links.ts, so a moved
// page is fixed once; the rest are only about publishing and live here.

const LEARN = 'https://learn.microsoft.com';
const TEAMS_PUBLISH = `${LEARN}/microsoftteams/platform/concepts/deploy-and-publish/appsource`;
const ROUTE_DOCS = {
    /** The seed's page "Publish plugins and Graph connectors for Copilot", now "Publish agents for Microsoft 365 Copilot". */
    publish: _rules_docs_links_js__WEBPACK_IMPORTED_MODULE_0__/* .DOCS */ .i.publishCopilot,
    uploadCustomApps: _rules_docs_links_js__WEBPACK_IMPORTED_MODULE_0__/* .DOCS */ .i.uploadCustomApps,
    teamsAdminUpload: `${LEARN}/microsoftteams/teams-custom-app-policies-and-settings#upload-a-custom-app-using-teams-admin-center`,
    manageAgentsIntegratedApps: `${LEARN}/microsoft-365/admin/manage/manage-plugins-for-copilot-in-integrated-apps`,
    partnerCenterProgram: `${LEARN}/partner-center/marketplace/why-publish`,
    submitOffer: `${LEARN}/partner-center/marketplace-offers/add-in-submission-guide#step-1-select-the-type-of-app-youre-submitting`,
    publishTeamsStore: `${TEAMS_PUBLISH}/publish`,
    updatePublishedApp: `${TEAMS_PUBLISH}/post-publish/overview#publish-updates-to-your-app`,
    policy100: `${_rules_docs_links_js__WEBPACK_IMPORTED_MODULE_0__/* .DOCS */ .i.certificationPolicies}#100-general`,
    policy1140: `${_rules_docs_links_js__WEBPACK_IMPORTED_MODULE_0__/* .DOCS */ .i.certificationPolicies}#1140-teams`,
    policy11409: `${_rules_docs_links_js__WEBPACK_IMPORTED_MODULE_0__/* .DOCS */ .i.certificationPolicies}#11409-teams-apps-extensible-as-microsoft-365-copilot-plugin`,
    storeValidation: _rules_docs_links_js__WEBPACK_IMPORTED_MODULE_0__/* .DOCS */ .i.storeValidation,
    storeValidationCopilot: `${_rules_docs_links_js__WEBPACK_IMPORTED_MODULE_0__/* .DOCS */ .i.storeValidation}#teams-apps-extensible-as-microsoft-365-copilot-plugin`,
    storeValidationAcrossM365: `${_rules_docs_links_js__WEBPACK_IMPORTED_MODULE_0__/* .DOCS */ .i.storeValidation}#apps-extended-across-microsoft-365-clients`,
    agentValidation: _rules_docs_links_js__WEBPACK_IMPORTED_MODULE_0__/* .DOCS */ .i.agentValidation,
    agentValidationTechnical: `${_rules_docs_links_js__WEBPACK_IMPORTED_MODULE_0__/* .DOCS */ .i.agentValidation}#technical-requirements`,
    agentValidationCompatibility: `${_rules_docs_links_js__WEBPACK_IMPORTED_MODULE_0__/* .DOCS */ .i.agentValidation}#compatibility`,
    agentValidationScreenshots: `${_rules_docs_links_js__WEBPACK_IMPORTED_MODULE_0__/* .DOCS */ .i.agentValidation}#screenshots`,
    agentValidationErrors: `${_rules_docs_links_js__WEBPACK_IMPORTED_MODULE_0__/* .DOCS */ .i.agentValidation}#graceful-error-handling`,
    agentValidationBots: `${_rules_docs_links_js__WEBPACK_IMPORTED_MODULE_0__/* .DOCS */ .i.agentValidation}#bot-requirements-for-custom-engine-agents`,
    agentConnectors: _rules_docs_links_js__WEBPACK_IMPORTED_MODULE_0__/* .DOCS */ .i.agentConnectors,
    raiValidation: `${LEARN}/microsoft-365-copilot/extensibility/rai-validation`,
    publisherVerification: _rules_docs_links_js__WEBPACK_IMPORTED_MODULE_0__/* .DOCS */ .i.publisherVerification,
    manifestVersions: _rules_docs_links_js__WEBPACK_IMPORTED_MODULE_0__/* .DOCS */ .i.manifestVersions,
    crossHostApps: `${LEARN}/microsoft-365/admin/manage/teams-apps-work-on-outlook-and-m365`,
    connectorImport: `${LEARN}/connectors/custom-connectors/define-openapi-definition#import-the-openapi-definition`,
    connectorShare: _rules_docs_links_js__WEBPACK_IMPORTED_MODULE_0__/* .DOCS */ .i.connectorShare,
    connectorCertification: _rules_docs_links_js__WEBPACK_IMPORTED_MODULE_0__/* .DOCS */ .i.connectorCertification,
    connectorCertificationIp: _rules_docs_links_js__WEBPACK_IMPORTED_MODULE_0__/* .DOCS */ .i.connectorCertificationIp,
    /** The verified publisher process: Partner Center's Microsoft 365 and Copilot program, New offer > Power Platform Connector. */
    connectorSubmit: `${LEARN}/connectors/custom-connectors/certification-workflow`,
    connectorIpPrerequisites: `${_rules_docs_links_js__WEBPACK_IMPORTED_MODULE_0__/* .DOCS */ .i.connectorCertificationIp}#prerequisites`,
    connectorIpManifesto: 'https://github.com/microsoft/PowerPlatformConnectors/wiki/Independent-Publisher-Connector-Manifesto',
    connectorIpFolder: 'https://github.com/microsoft/PowerPlatformConnectors/tree/dev/independent-publisher-connectors',
    graphConnectorSetup: _rules_docs_links_js__WEBPACK_IMPORTED_MODULE_0__/* .DOCS */ .i.graphConnectorSetup,
    graphCreateConnection: _rules_docs_links_js__WEBPACK_IMPORTED_MODULE_0__/* .DOCS */ .i.graphCreateConnection,
    graphConnectorTeams: _rules_docs_links_js__WEBPACK_IMPORTED_MODULE_0__/* .DOCS */ .i.graphConnectorTeams,
    graphConnectorForOtherOrgs: `${_rules_docs_links_js__WEBPACK_IMPORTED_MODULE_0__/* .DOCS */ .i.graphConnectorTeams}#make-your-microsoft-graph-connector-available-for-other-organizations-in-the-teams-admin-center`,
};


/***/ }),

/***/ 7622:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DF: () => (/* binding */ STANDALONE_GRAPH_CONNECTOR),
/* harmony export */   GP: () => (/* binding */ UPDATE_PREVIOUS_UNREADABLE),
/* harmony export */   RQ: () => (/* binding */ UPDATE_BOT_ID_CHANGED),
/* harmony export */   Wv: () => (/* binding */ ROUTE_RULES),
/* harmony export */   _m: () => (/* binding */ MANIFEST_TEAMS_ONLY),
/* harmony export */   f0: () => (/* binding */ UPDATE_ID_CHANGED),
/* harmony export */   fk: () => (/* binding */ UPDATE_NEEDS_CONSENT),
/* harmony export */   g_: () => (/* binding */ UPDATE_VERSION_NOT_INCREASED),
/* harmony export */   jt: () => (/* binding */ AGENT_DEV_PREVIEW),
/* harmony export */   lr: () => (/* binding */ UPDATE_NEEDS_REVIEW),
/* harmony export */   wr: () => (/* binding */ MANIFEST_COPILOT_VERSION)
/* harmony export */ });
/* unused harmony exports ROUTE_FACT_RULES, UPDATE_RULES */
/* harmony import */ var _links_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1736);

const BOTH = ['single-tenant', 'multitenant'];
const MULTITENANT = ['multitenant'];
const STANDALONE_GRAPH_CONNECTOR = {
    id: 'route.standalone-graph-connector',
    title: 'Standalone Copilot connectors cannot be published to every organisation',
    severity: 'error',
    audiences: MULTITENANT,
    kinds: ['graph-connector'],
    docs: _links_js__WEBPACK_IMPORTED_MODULE_0__/* .ROUTE_DOCS */ .y.graphConnectorForOtherOrgs,
    description: 'Partner Center accepts Copilot connectors (formerly Microsoft Graph connectors) only packaged inside a Microsoft 365 app package (manifest graphConnector) from a verified publisher; a standalone connector is for one organisation, and the connector gallery takes no submissions. A route blocker, not a finding: nothing in the file can fix it.',
};
const MANIFEST_COPILOT_VERSION = {
    id: 'route.manifest-copilot-version',
    title: 'An app that extends Microsoft 365 Copilot needs manifest 1.13 or later for the store',
    severity: 'error',
    audiences: MULTITENANT,
    kinds: ['teams-app'],
    docs: _links_js__WEBPACK_IMPORTED_MODULE_0__/* .ROUTE_DOCS */ .y.storeValidationCopilot,
    description: 'Message extensions, agents, API plugins and Copilot connectors reach Outlook, the Microsoft 365 app and Copilot only from manifest 1.13, and the store guidelines make 1.13 a must for apps that extend Copilot. Blocks the store route; the manifest rules report the line as a warning.',
};
const MANIFEST_TEAMS_ONLY = {
    id: 'route.manifest-teams-only',
    title: 'Apps below manifest 1.13 run in Teams only',
    severity: 'notice',
    audiences: BOTH,
    kinds: ['teams-app'],
    docs: _links_js__WEBPACK_IMPORTED_MODULE_0__/* .ROUTE_DOCS */ .y.crossHostApps,
    description: 'An app below manifest 1.13 still uploads and can be listed, but only Teams shows it: not Outlook, the Microsoft 365 Copilot app or Copilot. A caution on the route, not a blocker.',
};
const AGENT_DEV_PREVIEW = {
    id: 'route.agent-dev-preview',
    title: 'Agents submitted to the store use a released manifest, not devPreview',
    severity: 'error',
    audiences: MULTITENANT,
    kinds: ['teams-app'],
    docs: _links_js__WEBPACK_IMPORTED_MODULE_0__/* .ROUTE_DOCS */ .y.storeValidation,
    description: 'Declarative and custom engine agents are released from manifest 1.19 (copilotAgents); Partner Center validates against released schemas. An older agent guideline asked for devPreview, so the manifest rule is only a warning, but for the store route the package must move to a released version.',
};
const UPDATE_ID_CHANGED = {
    id: 'route.update-id-changed',
    title: 'An update keeps the app id of the published package',
    severity: 'error',
    audiences: BOTH,
    kinds: ['teams-app'],
    docs: _links_js__WEBPACK_IMPORTED_MODULE_0__/* .ROUTE_DOCS */ .y.updatePublishedApp,
    description: 'With a new id the package is a different app: the admin center adds it beside the old one and Partner Center treats it as a new offer.',
};
const UPDATE_VERSION_NOT_INCREASED = {
    id: 'route.update-version-not-increased',
    title: 'An update has a higher version than the published package',
    severity: 'error',
    audiences: BOTH,
    kinds: ['teams-app'],
    docs: _links_js__WEBPACK_IMPORTED_MODULE_0__/* .ROUTE_DOCS */ .y.updatePublishedApp,
    description: 'The version is compared as semantic versions; the admin center and Partner Center refuse an update whose version is not higher.',
};
const UPDATE_BOT_ID_CHANGED = {
    id: 'route.update-bot-id-changed',
    title: 'An update keeps the bot ids of the published package',
    severity: 'warning',
    audiences: BOTH,
    kinds: ['teams-app'],
    docs: _links_js__WEBPACK_IMPORTED_MODULE_0__/* .ROUTE_DOCS */ .y.updatePublishedApp,
    description: 'A changed bot id makes every existing user accept a new permission request, and existing conversations with the old bot stop reaching it. Warning: it can be deliberate.',
};
const UPDATE_NEEDS_CONSENT = {
    id: 'route.update-needs-consent',
    title: 'The update makes existing users accept a new permission request',
    severity: 'warning',
    audiences: BOTH,
    kinds: ['teams-app'],
    docs: _links_js__WEBPACK_IMPORTED_MODULE_0__/* .ROUTE_DOCS */ .y.updatePublishedApp,
    description: 'Adding or removing a bot or a message extension, adding tabs or connectors, changing bot file or notification settings, webApplicationInfo, or the permissions the app asks for: users must consent again, admins must re-approve permissions, and Partner Center runs a full functional review.',
};
const UPDATE_NEEDS_REVIEW = {
    id: 'route.update-needs-review',
    title: 'The update goes through review again',
    severity: 'notice',
    audiences: BOTH,
    kinds: ['teams-app'],
    docs: _links_js__WEBPACK_IMPORTED_MODULE_0__/* .ROUTE_DOCS */ .y.updatePublishedApp,
    description: 'Every update is reviewed again in Partner Center: a metadata update (name, description, icons, developer) is reviewed quickly; new domains, capabilities or changed agent and plugin files trigger full functional testing.',
};
const UPDATE_PREVIOUS_UNREADABLE = {
    id: 'route.update-previous-unreadable',
    title: 'The previous package can be compared',
    severity: 'warning',
    audiences: BOTH,
    kinds: ['teams-app'],
    docs: _links_js__WEBPACK_IMPORTED_MODULE_0__/* .ROUTE_DOCS */ .y.updatePublishedApp,
    description: 'The update checks need the published package as one Teams app with a readable manifest; without it nothing is compared.',
};
/** The structural facts that decide routes. */
const ROUTE_FACT_RULES = [STANDALONE_GRAPH_CONNECTOR, MANIFEST_COPILOT_VERSION, MANIFEST_TEAMS_ONLY, AGENT_DEV_PREVIEW];
/** The checks of an update against the published package. */
const UPDATE_RULES = [
    UPDATE_ID_CHANGED,
    UPDATE_VERSION_NOT_INCREASED,
    UPDATE_BOT_ID_CHANGED,
    UPDATE_NEEDS_CONSENT,
    UPDATE_NEEDS_REVIEW,
    UPDATE_PREVIOUS_UNREADABLE,
];
const ROUTE_RULES = [...ROUTE_FACT_RULES, ...UPDATE_RULES];


/***/ }),

/***/ 8551:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ DOCS)
/* harmony export */ });
// Microsoft documents that rules cite. One place, so a moved page is fixed once.
const LEARN = 'https://learn.microsoft.com';
const DOCS = {
    agentsToolkitEnvironments: `${LEARN}/microsoftteams/platform/toolkit/teamsfx-multi-env`,
    agentsToolkitManifest: `${LEARN}/microsoftteams/platform/toolkit/teamsfx-preview-and-customize-app-manifest`,
    typeSpecForCopilot: `${LEARN}/microsoft-365-copilot/extensibility/overview-typespec`,
    appPackage: `${LEARN}/microsoftteams/platform/concepts/build-and-test/apps-package`,
    appLocalization: `${LEARN}/microsoftteams/platform/concepts/build-and-test/apps-localization`,
    customEngineAgentsSchema: `${LEARN}/microsoft-365/extensibility/schema/root-copilot-agents-custom-engine-agents`,
    manifestSchema: `${LEARN}/microsoft-365/extensibility/schema/`,
    manifestVersions: `${LEARN}/microsoftteams/platform/resources/schema/manifest-schema`,
    storeValidation: `${LEARN}/microsoftteams/platform/concepts/deploy-and-publish/appsource/prepare/teams-store-validation-guidelines`,
    agentValidation: `${LEARN}/microsoftteams/platform/concepts/deploy-and-publish/appsource/prepare/review-copilot-validation-guidelines`,
    publishCopilot: `${LEARN}/microsoft-365-copilot/extensibility/publish`,
    declarativeAgentManifest: `${LEARN}/microsoft-365-copilot/extensibility/declarative-agent-manifest`,
    declarativeAgentCapabilities: `${LEARN}/microsoft-365-copilot/extensibility/add-agent-capabilities`,
    apiPluginManifest: `${LEARN}/microsoft-365-copilot/extensibility/api-plugin-manifest`,
    apiPluginManifest24: `${LEARN}/microsoft-365-copilot/extensibility/plugin-manifest-2.4`,
    mcpPlugins: `${LEARN}/microsoft-365-copilot/extensibility/build-mcp-plugins`,
    mcpDynamicToolDiscovery: `${LEARN}/microsoft-365-copilot/extensibility/plugin-dynamic-tool-discovery`,
    pluginConfirmationPrompts: `${LEARN}/microsoft-365-copilot/extensibility/plugin-confirmation-prompts`,
    agentConnectors: `${LEARN}/microsoftteams/platform/m365-apps/agent-connectors`,
    agentConnectorsSchema: `${LEARN}/microsoft-365/extensibility/schema/root-agent-connectors`,
    agentSkillsSchema: `${LEARN}/microsoft-365/extensibility/schema/root-agent-skills`,
    agentSkillsSpecification: 'https://agentskills.io/specification',
    apiPluginAuthentication: `${LEARN}/microsoft-365-copilot/extensibility/api-plugin-authentication`,
    apiPluginConfirmation: `${LEARN}/microsoft-365-copilot/extensibility/api-plugin-confirmation-prompts`,
    apiPluginAdaptiveCards: `${LEARN}/microsoft-365-copilot/extensibility/api-plugin-adaptive-cards`,
    openApiForCopilot: `${LEARN}/microsoft-365-copilot/extensibility/openapi-document-guidance`,
    apiMessageExtension: `${LEARN}/microsoftteams/platform/messaging-extensions/api-based-overview`,
    messageExtensionAgentGuidelines: `${LEARN}/microsoftteams/platform/messaging-extensions/dev-guidelines-agents`,
    localizeAgents: `${LEARN}/microsoft-365-copilot/extensibility/localize-agents`,
    uploadCustomApps: `${LEARN}/microsoft-365/admin/manage/teams-apps-work-on-outlook-and-m365#upload-custom-teams-apps-that-work-on-outlook-and-the-microsoft-365-app`,
    certificationPolicies: `${LEARN}/legal/marketplace/certification-policies`,
    publisherVerification: `${LEARN}/entra/identity-platform/publisher-verification-overview`,
    connectorCertification: `${LEARN}/connectors/custom-connectors/certification-submission`,
    connectorCertificationIp: `${LEARN}/connectors/custom-connectors/certification-submission-ip`,
    connectorSwaggerValidator: `${LEARN}/connectors/custom-connectors/certification-swagger-validator-rules`,
    connectorPolicyErrors: `${LEARN}/connectors/custom-connectors/certification-policy-errors`,
    connectorStringGuidance: `${LEARN}/connectors/custom-connectors/connector-string-guidance`,
    connectorDefineBlank: `${LEARN}/connectors/custom-connectors/define-blank`,
    connectorWriteCode: `${LEARN}/connectors/custom-connectors/write-code`,
    connectorOpenApiExtensions: `${LEARN}/connectors/custom-connectors/openapi-extensions`,
    connectorPolicyTemplates: `${LEARN}/connectors/custom-connectors/policy-templates`,
    connectorRepoReadme: 'https://github.com/microsoft/PowerPlatformConnectors#readme',
    connectorRepoSchemas: 'https://github.com/microsoft/PowerPlatformConnectors/tree/dev/schemas',
    connectorRepoTemplates: 'https://github.com/microsoft/PowerPlatformConnectors/tree/dev/templates',
    salesCopilotConnectorSample: `${LEARN}/microsoft-sales-copilot/api-sample-def`,
    copilotStudioMcp: `${LEARN}/microsoft-copilot-studio/agent-extend-action-mcp`,
    connectorShare: `${LEARN}/connectors/custom-connectors/share`,
    graphConnectorSetup: `${LEARN}/microsoftsearch/configure-connector`,
    graphConnectorTeams: `${LEARN}/graph/connecting-external-content-deploy-teams`,
    graphConnectorManifest: `${LEARN}/microsoft-365/extensibility/schema/root-graph-connector`,
    graphWebApplicationInfo: `${LEARN}/microsoftteams/platform/resources/schema/manifest-schema#webapplicationinfo`,
    graphExternalConnection: `${LEARN}/graph/api/resources/externalconnectors-externalconnection?view=graph-rest-1.0`,
    graphCreateConnection: `${LEARN}/graph/api/externalconnectors-external-post-connections?view=graph-rest-1.0`,
    graphConnectionConfiguration: `${LEARN}/graph/api/resources/externalconnectors-configuration?view=graph-rest-1.0`,
    graphItemIdResolver: `${LEARN}/graph/api/resources/externalconnectors-itemidresolver?view=graph-rest-1.0`,
    graphUrlMatchInfo: `${LEARN}/graph/api/resources/externalconnectors-urlmatchinfo?view=graph-rest-1.0`,
    graphSearchSettings: `${LEARN}/graph/api/resources/externalconnectors-searchsettings?view=graph-rest-1.0`,
    graphDisplayTemplate: `${LEARN}/graph/api/resources/externalconnectors-displaytemplate?view=graph-rest-1.0`,
    graphPropertyRule: `${LEARN}/graph/api/resources/externalconnectors-propertyrule?view=graph-rest-1.0`,
    graphSchema: `${LEARN}/graph/api/resources/externalconnectors-schema?view=graph-rest-1.0`,
    graphProperty: `${LEARN}/graph/api/resources/externalconnectors-property?view=graph-rest-1.0`,
    graphPropertyBeta: `${LEARN}/graph/api/resources/externalconnectors-property?view=graph-rest-beta`,
    graphManageSchema: `${LEARN}/graph/connecting-external-content-manage-schema`,
    graphConnectorExperiences: `${LEARN}/graph/connecting-external-content-experiences`,
    copilotConnectorsOverview: `${LEARN}/microsoft-365-copilot/extensibility/overview-copilot-connector`,
};


/***/ }),

/***/ 6690:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A6: () => (/* binding */ errorForStoreWarningForOne),
/* harmony export */   Ch: () => (/* binding */ BOTH),
/* harmony export */   Km: () => (/* binding */ defineRule),
/* harmony export */   m7: () => (/* binding */ MULTITENANT)
/* harmony export */ });
/* unused harmony export SINGLE_TENANT */
/** Identity helper that gives rule literals their type. */
function defineRule(rule) {
    return rule;
}
/** Severity-free audiences shorthands used by rule metadata. */
const BOTH = ['single-tenant', 'multitenant'];
const MULTITENANT = ['multitenant'];
const SINGLE_TENANT = ['single-tenant'];
/**
 * One defect judged per route: an error for the multitenant route (certification or store review rejects it) and a
 * warning for a single organisation, where the package still works. Two drafts that differ only in severity and
 * audience, each saying so, since a table row or an annotation shows no audience.
 */
function errorForStoreWarningForOne(draft) {
    const message = `${draft.message} (An error for every organisation (store), a warning for one organisation.)`;
    return [
        { ...draft, message, audiences: MULTITENANT },
        { ...draft, message, severity: 'warning', audiences: SINGLE_TENANT },
    ];
}


/***/ }),

/***/ 5495:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   JL: () => (/* binding */ filesInFolder),
/* harmony export */   OJ: () => (/* binding */ manifestReferences),
/* harmony export */   WG: () => (/* binding */ resolveInPackage),
/* harmony export */   Xk: () => (/* binding */ skillFolders)
/* harmony export */ });
/* harmony import */ var _json_pointer_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5684);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6624);
/* harmony import */ var _util_values_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6489);
// Every file a Teams manifest points at, with the pointer of the value that names it.



function manifestReferences(manifest) {
    const m = (0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(manifest);
    if (!m)
        return [];
    const refs = [];
    const add = (value, role, ...at) => {
        const path = (0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asString */ .oJ)(value);
        if (path && path.trim())
            refs.push({ path, pointer: (0,_json_pointer_js__WEBPACK_IMPORTED_MODULE_1__/* .pointer */ .Wn)(...at), role });
    };
    const icons = (0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(m.icons);
    add(icons?.color, 'color icon', 'icons', 'color');
    add(icons?.outline, 'outline icon', 'icons', 'outline');
    add(icons?.color32x32, '32×32 color icon', 'icons', 'color32x32');
    const loc = (0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(m.localizationInfo);
    add(loc?.defaultLanguageFile, 'default language file', 'localizationInfo', 'defaultLanguageFile');
    (0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asArray */ ._j)(loc?.additionalLanguages).forEach((l, i) => add((0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(l)?.file, 'localization file', 'localizationInfo', 'additionalLanguages', i, 'file'));
    const agents = (0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(m.copilotAgents);
    (0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asArray */ ._j)(agents?.declarativeAgents).forEach((a, i) => add((0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(a)?.file, 'declarative agent', 'copilotAgents', 'declarativeAgents', i, 'file'));
    const legacy = (0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(m.copilotExtensions);
    (0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asArray */ ._j)(legacy?.declarativeCopilots).forEach((a, i) => add((0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(a)?.file, 'declarative agent', 'copilotExtensions', 'declarativeCopilots', i, 'file'));
    (0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asArray */ ._j)(legacy?.plugins).forEach((p, i) => add((0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(p)?.file, 'API plugin', 'copilotExtensions', 'plugins', i, 'file'));
    (0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asArray */ ._j)(m.composeExtensions).forEach((ce, i) => {
        const c = (0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(ce);
        add(c?.apiSpecificationFile, 'API specification', 'composeExtensions', i, 'apiSpecificationFile');
        (0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asArray */ ._j)(c?.commands).forEach((cmd, j) => add((0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(cmd)?.apiResponseRenderingTemplateFile, 'response rendering template', 'composeExtensions', i, 'commands', j, 'apiResponseRenderingTemplateFile'));
    });
    (0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asArray */ ._j)((0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(m.activities)?.activityIcons).forEach((a, i) => add((0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(a)?.iconFile, 'activity icon', 'activities', 'activityIcons', i, 'iconFile'));
    // Further values the schema types as relativePath (files inside the package), in newer versions and devPreview.
    (0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asArray */ ._j)(m.agenticUserTemplates).forEach((t, i) => add((0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(t)?.file, 'agentic user template', 'agenticUserTemplates', i, 'file'));
    (0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asArray */ ._j)(m.agentConnectors).forEach((c, i) => {
        const source = (0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)((0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(c)?.toolSource);
        add((0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(source?.plugin)?.file, 'API plugin', 'agentConnectors', i, 'toolSource', 'plugin', 'file');
        for (const server of ['remoteMcpServer', 'localMcpServer']) {
            const description = (0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)((0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(source?.[server])?.mcpToolDescription);
            add(description?.file, 'MCP tool description', 'agentConnectors', i, 'toolSource', server, 'mcpToolDescription', 'file');
        }
    });
    (0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asArray */ ._j)(m.configurableTabs).forEach((t, i) => add((0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(t)?.sharePointPreviewImage, 'SharePoint preview image', 'configurableTabs', i, 'sharePointPreviewImage'));
    const meeting = (0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(m.meetingExtensionDefinition);
    (0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asArray */ ._j)(meeting?.scenes).forEach((s, i) => {
        add((0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(s)?.file, 'meeting scene', 'meetingExtensionDefinition', 'scenes', i, 'file');
        add((0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(s)?.preview, 'meeting scene preview', 'meetingExtensionDefinition', 'scenes', i, 'preview');
    });
    (0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asArray */ ._j)(meeting?.videoFilters).forEach((f, i) => add((0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(f)?.thumbnail, 'video filter thumbnail', 'meetingExtensionDefinition', 'videoFilters', i, 'thumbnail'));
    return refs;
}
/** agentSkills entries (manifest 1.28): folders, not files, so they are not among manifestReferences. */
function skillFolders(manifest) {
    return (0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asArray */ ._j)((0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(manifest)?.agentSkills).flatMap((s, index) => {
        const written = (0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asString */ .oJ)((0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(s)?.folder);
        if (!written?.trim())
            return [];
        const folder = resolveInPackage('manifest.json', (0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .trimEndOf */ .fC)(written, '\\/'));
        return [{ index, written, folder, pointer: (0,_json_pointer_js__WEBPACK_IMPORTED_MODULE_1__/* .pointer */ .Wn)('agentSkills', index, 'folder') }];
    });
}
/** Every package file inside a folder ("" is the root); the Agents Toolkit zips a skill's whole folder. */
function filesInFolder(pkg, folder) {
    return folder === '' ? [...pkg.names] : pkg.names.filter((n) => n.startsWith(`${folder}/`));
}
/** Resolves a referenced path against the folder of the file that names it; undefined when it leaves the package. */
function resolveInPackage(fromFile, ref) {
    if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(ref) || ref.startsWith('/') || ref.startsWith('\\'))
        return undefined;
    const base = fromFile.includes('/') ? fromFile.slice(0, fromFile.lastIndexOf('/')).split('/') : [];
    const parts = [...base];
    for (const seg of ref.replace(/\\/g, '/').split('/')) {
        if (seg === '' || seg === '.')
            continue;
        if (seg === '..') {
            if (parts.length === 0)
                return undefined;
            parts.pop();
        }
        else
            parts.push(seg);
    }
    return parts.join('/');
}


/***/ }),

/***/ 8371:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G9: () => (/* binding */ readCandidate),
/* harmony export */   NO: () => (/* binding */ findManifestCandidates),
/* harmony export */   SH: () => (/* binding */ repositoryPath)
/* harmony export */ });
/* unused harmony exports MAX_SOURCE_DEPTH, MAX_SOURCE_DIRS, MAX_SOURCE_CANDIDATES */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _json_document_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4693);
/* harmony import */ var _read_limits_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(8083);
/* harmony import */ var _util_compare_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(4624);
/* harmony import */ var _read_toolkit_yml_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2168);
// Finds the manifest.json files of a repository that a zipped Teams package may have been built from.
// The walk is bounded (depth, folders visited, candidates kept) so a huge checkout costs milliseconds.






/** Deepest folder searched below the repository root. */
const MAX_SOURCE_DEPTH = 8;
/** Most folders visited in one search. */
const MAX_SOURCE_DIRS = 5_000;
/** Most manifest candidates kept. */
const MAX_SOURCE_CANDIDATES = 200;
/** Folders that never hold sources: tooling, VCS, build output and this tool's own scratch space. */
const SKIPPED = new Set(['node_modules', 'dist', 'build', 'coverage', 'bin', 'obj', 'out']);
/** manifest.json files at or under `root` (a folder), in path order, and the toolkit project files met on the way. */
async function findManifestCandidates(root) {
    const found = [];
    const ymls = [];
    let visited = 0;
    // Level by level, each level's folders read at once: one readdir after another cost a cold run about 10 ms
    // for a few dozen folders. Bounds as before; shallow folders are searched first.
    let level = [root];
    for (let depth = 0; depth <= MAX_SOURCE_DEPTH && level.length > 0; depth++) {
        const dirs = level.slice(0, Math.max(0, MAX_SOURCE_DIRS - visited));
        visited += dirs.length;
        const listed = await Promise.all(dirs.map((dir) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true }).catch(() => [])));
        level = [];
        dirs.forEach((dir, i) => {
            for (const e of listed[i]) {
                // Symbolic links are not followed: a pull request could point one anywhere on the runner.
                if (e.isFile() && e.name.toLowerCase() === 'manifest.json')
                    found.push((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, e.name));
                else if (e.isFile() && _read_toolkit_yml_js__WEBPACK_IMPORTED_MODULE_3__/* .PROJECT_YML_NAMES */ .kH.includes(e.name))
                    ymls.push((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, e.name));
                else if (e.isDirectory() && !e.name.startsWith('.') && !SKIPPED.has(e.name.toLowerCase()))
                    level.push((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, e.name));
            }
        });
        if (found.length >= MAX_SOURCE_CANDIDATES)
            break;
    }
    const paths = found.sort(byPathSegments).slice(0, MAX_SOURCE_CANDIDATES);
    const candidates = await Promise.all(paths.map(readCandidate));
    return { manifests: candidates.filter((c) => c !== null), ymls: ymls.sort(byPathSegments).slice(0, MAX_SOURCE_CANDIDATES) };
}
function byPathSegments(a, b) {
    const x = a.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep);
    const y = b.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep);
    for (let i = 0; i < Math.min(x.length, y.length); i++) {
        const c = (0,_util_compare_js__WEBPACK_IMPORTED_MODULE_4__/* .compareStrings */ .K)(x[i], y[i]);
        if (c !== 0)
            return c;
    }
    return x.length - y.length;
}
/** Reads one manifest as a candidate; null when it is not a regular, readable, reasonably sized file. */
async function readCandidate(abs) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(abs).catch(() => null);
    if (!info?.isFile() || info.size > _read_limits_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_JSON_CHARS */ .GZ)
        return null;
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(abs, 'utf8').catch(() => null);
    if (text === null)
        return null;
    return { abs, dir: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(abs), doc: (0,_json_document_js__WEBPACK_IMPORTED_MODULE_2__/* .parseJsonDocument */ .d)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(abs), text) };
}
/** '/'-separated path of `abs` relative to `root`, or undefined when it lies outside. */
function repositoryPath(abs, root) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, abs);
    if (rel === '' || rel === '..' || rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel))
        return undefined;
    return rel.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
}


/***/ }),

/***/ 3171:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ ALL_AUDIENCES)
/* harmony export */ });
// The engine's shared vocabulary. The Report shape is the contract of DESIGN.md §3 (schemaVersion 1).
const ALL_AUDIENCES = ['single-tenant', 'multitenant'];


/***/ }),

/***/ 4624:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ compareStrings)
/* harmony export */ });
// Ordering by UTF-16 code unit: the same on every machine whatever its locale, and it never loads ICU's collator
// (the first localeCompare of a process costs about 8 ms of a cold run).
function compareStrings(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 9059:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ lastAtOrBefore)
/* harmony export */ });
// Binary search over sorted offsets (line starts): shared by the position index, the lazy JSON tree and the fix diff.
/** Index of the last element of `sorted` (ascending, sorted[0] <= value) at or before `value`. */
function lastAtOrBefore(sorted, value) {
    let lo = 0;
    let hi = sorted.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (sorted[mid] <= value)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}


/***/ }),

/***/ 6624:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dx: () => (/* binding */ linesOf),
/* harmony export */   RA: () => (/* binding */ yamlLineValue),
/* harmony export */   Wo: () => (/* binding */ trimOf),
/* harmony export */   _W: () => (/* binding */ matchesWildcard),
/* harmony export */   dG: () => (/* binding */ parenthesized),
/* harmony export */   fC: () => (/* binding */ trimEndOf),
/* harmony export */   gF: () => (/* binding */ fieldText),
/* harmony export */   xC: () => (/* binding */ isSpace)
/* harmony export */ });
/* harmony import */ var _read_limits_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8083);
// Linear scans over package text where a regular expression would backtrack (issue 20: a run of 400,000 spaces made
// `\s+for\s+[^()]*$` take two minutes), and the cap on what a text rule reads from one field.

/** The text a rule reads from one field: at most MAX_FIELD_CHARS characters, never ending in half a surrogate pair. */
function fieldText(text) {
    if (text.length <= _read_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_FIELD_CHARS */ .AP)
        return text;
    const cut = isHighSurrogate(text.charCodeAt(_read_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_FIELD_CHARS */ .AP - 1)) ? _read_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_FIELD_CHARS */ .AP - 1 : _read_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_FIELD_CHARS */ .AP;
    return text.slice(0, cut);
}
function isHighSurrogate(code) {
    return code >= 0xd800 && code <= 0xdbff;
}
/** What `\s` matches, for one UTF-16 unit. */
function isSpace(ch) {
    return ch !== undefined && SPACE.test(ch);
}
const SPACE = /^\s$/;
/** `text` without the characters of `chars` at its end (as `replace(/[…]+$/, '')` would, in one pass). */
function trimEndOf(text, chars) {
    const drop = typeof chars === 'string' ? (ch) => chars.includes(ch) : chars;
    let end = text.length;
    while (end > 0 && drop(text[end - 1]))
        end--;
    return text.slice(0, end);
}
/** `text` without the characters of `chars` at either end. */
function trimOf(text, chars) {
    let start = 0;
    while (start < text.length && chars.includes(text[start]))
        start++;
    return trimEndOf(text.slice(start), chars);
}
/** The contents of each `(…)` in order, as `/\(([^)]*)\)/g` finds them: from a `(` to the next `)`. */
function parenthesized(text) {
    const out = [];
    for (let from = 0;;) {
        const open = text.indexOf('(', from);
        const close = open < 0 ? -1 : text.indexOf(')', open + 1);
        if (close < 0)
            return out;
        out.push(text.slice(open + 1, close));
        from = close + 1;
    }
}
/**
 * Whether `name` matches `pattern`, whose `*` stands for any run of characters (as `^a.*b.*c$` would, which
 * backtracks polynomially in the number of stars): the first part is a prefix, the last a suffix, the others are
 * found in order, each at its leftmost place.
 */
function matchesWildcard(pattern, name) {
    const parts = pattern.split('*');
    if (parts.length === 1)
        return pattern === name;
    const first = parts[0];
    const last = parts[parts.length - 1];
    if (name.length < first.length + last.length || !name.startsWith(first) || !name.endsWith(last))
        return false;
    let at = first.length;
    const end = name.length - last.length;
    for (const part of parts.slice(1, -1)) {
        if (part === '')
            continue;
        const found = name.indexOf(part, at);
        if (found < 0 || found + part.length > end)
            return false;
        at = found + part.length;
    }
    return true;
}
/** Each line of `text`, without its ending (CRLF, CR or LF). */
function linesOf(text) {
    return text.split(/\r\n|\r|\n/);
}
const QUOTES = `"'`;
const isBlank = (ch) => ch === ' ' || ch === '\t';
/**
 * A one-line YAML value as written after `key:` (`rest` is the line after the colon): an optional opening quote, the
 * value up to a quote or a comment, trailing blanks dropped; undefined when anything but a closing quote, blanks and
 * a comment follows it. A scan: the expression it replaces (a lazy value before `[ \t]*(?:#.*)?$`) was quadratic
 * on a run of blanks.
 */
function yamlLineValue(rest) {
    let i = 0;
    while (isBlank(rest[i]))
        i++;
    if (QUOTES.includes(rest[i] ?? '-'))
        i++;
    let end = i;
    while (end < rest.length && !`${QUOTES}#`.includes(rest[end]))
        end++;
    let j = end;
    if (QUOTES.includes(rest[j] ?? '-'))
        j++;
    while (isBlank(rest[j]))
        j++;
    if (j < rest.length && rest[j] !== '#')
        return undefined;
    let valueEnd = end;
    while (valueEnd > i && isBlank(rest[valueEnd - 1]))
        valueEnd--;
    return rest.slice(i, valueEnd);
}


/***/ }),

/***/ 6489:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dc: () => (/* binding */ member),
/* harmony export */   _j: () => (/* binding */ asArray),
/* harmony export */   oJ: () => (/* binding */ asString),
/* harmony export */   qY: () => (/* binding */ asRecord),
/* harmony export */   uI: () => (/* binding */ isNonEmptyString)
/* harmony export */ });
// Narrowing helpers for JSON values of unknown shape.
function asRecord(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
}
/**
 * A member of a parsed JSON object, asked for with `in` first. Rules that visit every schema of a definition ask
 * for optional keywords most schemas lack, and across objects of every shape an absent member is found about twice
 * as fast so. Only for names that Object.prototype does not have.
 */
function member(record, key) {
    return key in record ? record[key] : undefined;
}
function asArray(v) {
    return Array.isArray(v) ? v : [];
}
function asString(v) {
    return typeof v === 'string' ? v : undefined;
}
function isNonEmptyString(v) {
    return typeof v === 'string' && v.trim().length > 0;
}


/***/ }),

/***/ 856:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   J5: () => (/* binding */ insidePackage),
/* harmony export */   e5: () => (/* binding */ renderWorkflowCommands)
/* harmony export */ });
/* unused harmony exports ANNOTATIONS_PER_LEVEL, ANNOTATIONS_PER_JOB, MAX_TITLE, LEVELS, toAnnotations, planAnnotations, omittedCount, omittedSentence */
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4031);
/* harmony import */ var _rule_meta_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1550);


/** GitHub's limits (toolkit docs/problem-matchers.md): per level per step, and per job over all steps. */
const ANNOTATIONS_PER_LEVEL = 10;
const ANNOTATIONS_PER_JOB = 50;
/** Longest annotation title; GitHub's check-run limit, which keeps titles readable in the UI as well. */
const MAX_TITLE = 255;
const ORDER = { error: 0, warning: 1, notice: 2 };
const LEVELS = (/* unused pure expression or super */ null && (['error', 'warning', 'notice']));
function toAnnotations(report) {
    const out = [];
    for (const p of report.packages)
        for (const f of annotatable(p.findings))
            out.push(annotationOf(p.path, f));
    // A stable sort: within a level, the report's order (by file and position) is kept.
    return out.sort((a, b) => ORDER[a.level] - ORDER[b.level]);
}
/**
 * The annotations to emit, at most `ANNOTATIONS_PER_LEVEL - reserve[level]` per level: the caller reserves
 * slots for its own messages (the failure message of `setFailed` is an error annotation, a missing
 * permission a warning, the "more not shown" line a notice).
 */
function planAnnotations(report, reserve = {}) {
    const shown = [];
    const omitted = { error: 0, warning: 0, notice: 0 };
    const reserved = LEVELS.reduce((n, l) => n + (reserve[l] ?? 0), 0);
    // Level by level in the report's order, as toAnnotations sorts them; only the shown ones are made (a report of
    // 50,000 findings shows at most 50), the others are counted.
    const candidates = report.packages.map((p) => annotatable(p.findings));
    for (const level of LEVELS) {
        const room = ANNOTATIONS_PER_LEVEL - (reserve[level] ?? 0);
        let used = 0;
        for (const [i, p] of report.packages.entries()) {
            for (const f of candidates[i]) {
                if (f.severity !== level)
                    continue;
                if (used < room && shown.length < ANNOTATIONS_PER_JOB - reserved) {
                    used++;
                    shown.push(annotationOf(p.path, f));
                }
                else
                    omitted[level]++;
            }
        }
    }
    return { shown, omitted };
}
function omittedCount(plan) {
    return plan.omitted.error + plan.omitted.warning + plan.omitted.notice;
}
/** One sentence on what was not annotated, or undefined when everything was. */
function omittedSentence(plan) {
    const n = omittedCount(plan);
    if (n === 0)
        return undefined;
    const parts = LEVELS.filter((l) => plan.omitted[l] > 0).map((l) => `${plan.omitted[l]} ${l}${plan.omitted[l] === 1 ? '' : 's'}`);
    return `${n} more finding${n === 1 ? ' is' : 's are'} not shown as annotations (${parts.join(', ')}): GitHub shows ${ANNOTATIONS_PER_LEVEL} of each kind per step. The job summary and the JSON report list them all.`;
}
// A rule may judge one defect per route (an error for the store, a warning for one organisation): two findings of
// one rule at one place with one message, for different audiences. An annotation shows no audience, so only the
// stronger of them is annotated.
/** A package's findings that become annotations: not suppressed, and of twins only those of the strongest severity. */
function annotatable(findings) {
    const shown = findings.filter((f) => !f.suppressed);
    const strongest = strongestTwins(shown);
    return shown.filter((f) => strongest.get(twinKey(f)) === f.severity);
}
function twinKey(f) {
    return [f.ruleId, f.file, f.pointer, f.line ?? '', f.column ?? '', f.message].join('\u0000');
}
function strongestTwins(findings) {
    const strongest = new Map();
    for (const f of findings) {
        const key = twinKey(f);
        const seen = strongest.get(key);
        if (seen === undefined || ORDER[f.severity] < ORDER[seen])
            strongest.set(key, f.severity);
    }
    return strongest;
}
function annotationOf(packagePath, f) {
    const inside = f.file ? ` (${f.file}${f.line ? `:${f.line}:${f.column ?? 1}` : ''}${f.pointer ? ` ${f.pointer}` : ''})` : '';
    const where = f.source ? (insidePackage(f.source.path, packagePath) ? '' : ` [in ${packagePath}]`) : inside;
    // Titles and messages carry package text; `::` and `##[` are broken so no log line can become a command,
    // whichever way it is printed (core escapes only %, CR, LF in messages and also : and , in properties).
    const meta = (0,_rule_meta_js__WEBPACK_IMPORTED_MODULE_0__/* .ruleMeta */ .M)(f.ruleId);
    // Control and direction-changing characters (ESC, NUL, U+2028, bidi overrides) and line breaks are dropped too.
    const title = (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .neutralizeWorkflowCommands */ .tW)((0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(clip(meta ? `${f.ruleId}: ${meta.title}` : f.ruleId, MAX_TITLE)));
    const base = { level: f.severity, title, message: (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .neutralizeWorkflowCommands */ .tW)((0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(`${f.message}${where}`)) };
    if (f.source)
        return { ...base, file: (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(f.source.path), startLine: f.source.line, startColumn: f.source.column };
    return { ...base, file: (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(packagePath) };
}
/**
 * A source inside the package itself (folder packages, and toolkit projects, named by their yml: the project is
 * its folder) needs no "in package" note.
 */
function insidePackage(sourcePath, packagePath) {
    const root = /\.ya?ml$/i.test(packagePath) ? packagePath.slice(0, Math.max(0, packagePath.lastIndexOf('/'))) : packagePath;
    return sourcePath === packagePath || root === '' || sourcePath.startsWith(`${root}/`);
}
function clip(s, max) {
    return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}
// Workflow-command escaping as @actions/core does it: data escapes %, CR, LF; properties also : and ,.
function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** The `github` CLI format: workflow commands a runner turns into annotations. */
function renderWorkflowCommands(report) {
    return (toAnnotations(report)
        .map((a) => {
        const props = [`file=${escapeProperty(a.file)}`];
        if (a.startLine)
            props.push(`line=${a.startLine}`);
        if (a.startColumn)
            props.push(`col=${a.startColumn}`);
        props.push(`title=${escapeProperty(a.title)}`);
        return `::${a.level} ${props.join(',')}::${escapeData(a.message)}`;
    })
        .join('\n') + '\n');
}


/***/ }),

/***/ 4031:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   O0: () => (/* binding */ encodePath),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   X5: () => (/* binding */ cleanText),
/* harmony export */   kc: () => (/* binding */ logText),
/* harmony export */   tW: () => (/* binding */ neutralizeWorkflowCommands)
/* harmony export */ });
/* unused harmony exports MAX_MARKDOWN_VALUE, breakHtmlComments */
// Package text is untrusted (it comes from pull requests). These keep it inert in each output.
/**
 * C0/C1 controls (but tab, LF and CR, handled apart): NUL, ESC (terminal escape sequences) and the rest; directional
 * marks, overrides and isolates (U+200E/F, U+061C, U+202A–E, U+2066–9), which reorder what a reader sees; and the
 * Unicode line and paragraph separators.
 */
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;
/** Longest untrusted value shown in markdown; longer ones end in "…". */
const MAX_MARKDOWN_VALUE = 1_000;
/** One line of plain text, whatever its length: line breaks as spaces, no control or direction-changing characters. */
function oneLine(text) {
    return text.replace(/\r\n|\r|\n/g, ' ').replace(INVISIBLE, '');
}
/**
 * Text for a workflow log, several lines allowed: no CR (a bare one rewrites the line a terminal shows), no control
 * or direction-changing characters, and no workflow command (see neutralizeWorkflowCommands). Package text inside
 * should already be on one line (oneLine), so it cannot start a line of its own.
 */
function logText(text) {
    return neutralizeWorkflowCommands(text.replace(/\r\n?/g, '\n').replace(INVISIBLE, ''));
}
/** One line of plain text: no line breaks, no control or direction-changing characters, at most `max` characters. */
function cleanText(text, max = MAX_MARKDOWN_VALUE) {
    const flat = oneLine(text);
    if (flat.length <= max)
        return flat;
    // Never cut a surrogate pair in half.
    const cut = /[\ud800-\udbff]/.test(flat[max - 1] ?? '') ? max - 1 : max;
    return `${flat.slice(0, cut)}…`;
}
/**
 * Markdown inline text (also safe in a table cell): no HTML, no table breaks, no @mentions or #references,
 * no links, images or autolinks, no emphasis or headings forged from package text.
 */
function escapeMarkdown(text, max = MAX_MARKDOWN_VALUE) {
    return (cleanText(text, max)
        // HTML first, so the entities it writes are not escaped again; `&` also disarms &#64; and friends.
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/[\\`*_{}[\]()#+\-.!|~]/g, (c) => `\\${c}`)
        // A zero-width space stops mentions (@user, @org/team), issue references and autolinks; `\@` would not.
        .replace(/@(?=[\p{L}\p{N}_-])/gu, '@\u200b')
        .replace(/\\#(?=\d)/g, '\\#\u200b')
        .replace(/:\/\//g, ':\u200b//')
        .replace(/\bwww\\\./gi, (m) => `${m.slice(0, 3)}\u200b${m.slice(3)}`));
}
/**
 * An inline code span around untrusted text: fenced with more backticks than any run inside, so the
 * span cannot end early. In a table cell, `|` is escaped too (GitHub splits cells even inside code).
 */
function codeSpan(text, inTable = false) {
    let clean = breakHtmlComments(cleanText(text, MAX_MARKDOWN_VALUE));
    if (inTable)
        clean = clean.replace(/\|/g, '\\|');
    const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = clean.startsWith('`') || clean.endsWith('`') || clean === '' ? ' ' : '';
    return `${fence}${pad}${clean}${pad}${fence}`;
}
/**
 * `<!--` and `-->` broken with a zero-width space. A code span shows them as written, but they stay in the raw body,
 * where the comment's hidden markers live: a file named "<!-- copilot-publish-check:comment key=… -->.json" must not
 * put one there. (escapeMarkdown writes `<` and `>` as entities, which does the same.)
 */
function breakHtmlComments(text) {
    return text.replace(/<!--/g, '<\u200b!--').replace(/-->/g, '--\u200b>');
}
/** A URL path from a repository path: every segment percent-encoded, parentheses too (they end markdown links). */
function encodePath(path) {
    return path
        .split('/')
        .map((s) => encodeURIComponent(s).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
        .join('/');
}
/**
 * Plain text printed to a workflow log: a line starting with `::` (after any whitespace the runner trims)
 * or holding `##[` anywhere would be read as a workflow command, so those markers are broken with a
 * zero-width space wherever they occur.
 */
function neutralizeWorkflowCommands(text) {
    return text.replace(/::/g, ':\u200b:').replace(/##\[/g, '#\u200b#[');
}


/***/ }),

/***/ 2011:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K8: () => (/* binding */ AUDIENCE_NAMES),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   MT: () => (/* binding */ verdictLine),
/* harmony export */   QK: () => (/* binding */ countLine),
/* harmony export */   Vj: () => (/* binding */ verdictOf),
/* harmony export */   bW: () => (/* binding */ CHANNEL_NAMES),
/* harmony export */   by: () => (/* binding */ packageTitle),
/* harmony export */   hD: () => (/* binding */ locationOf)
/* harmony export */ });
/* harmony import */ var _engine_types_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3171);
/* harmony import */ var _shared_fail_on_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2167);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4031);
// Small wording helpers shared by the text and markdown renderers.



const CHANNEL_NAMES = {
    'admin-center-integrated-apps': 'Microsoft 365 admin center > Integrated apps',
    'partner-center-teams-app': 'Partner Center > Microsoft 365 and Copilot (apps and agents)',
    'power-apps-share': 'Power Apps > share custom connector',
    'partner-center-power-platform-connector': 'Partner Center > Microsoft 365 and Copilot (Power Platform connector certification)',
    'github-power-platform-connectors': 'GitHub > microsoft/PowerPlatformConnectors > independent-publisher-connectors (pull request)',
    'admin-center-graph-connectors': 'Microsoft 365 admin center > Search & intelligence > Data sources',
    none: 'none',
};
const AUDIENCE_NAMES = {
    'single-tenant': 'One organisation',
    multitenant: 'Every organisation (store)',
};
function plural(n, word, many = `${word}s`) {
    return `${n} ${n === 1 ? word : many}`;
}
function countLine(summary) {
    return `${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}, ${plural(summary.notices, 'notice')}`;
}
/** One sentence for the whole run: which packages can go where (plain text; renderers escape it). */
function verdictLine(report) {
    const n = report.packages.length;
    if (n === 0)
        return 'No package was found to check.';
    const asked = _engine_types_js__WEBPACK_IMPORTED_MODULE_0__/* .ALL_AUDIENCES */ .k.filter((a) => report.packages.some((p) => p.routes.some((r) => r.audience === a)));
    if (n === 1)
        return singleVerdict(report.packages[0], asked);
    const parts = asked.map((a) => {
        const ready = report.packages.filter((p) => p.routes.some((r) => r.audience === a && r.eligible)).length;
        return `${AUDIENCE_NAMES[a].toLowerCase()}: ${ready} ready, ${n - ready} blocked`;
    });
    return `${plural(n, 'package')} checked — ${parts.join('; ')}.`;
}
function singleVerdict(p, asked) {
    if (p.kind === 'unknown')
        return `${p.path}: no Teams app, connector or Copilot (Graph) connector definition was recognised, so it cannot be published.`;
    const routes = asked.flatMap((a) => p.routes.filter((r) => r.audience === a));
    const open = routes.filter((r) => r.eligible).map((r) => `${CHANNEL_NAMES[r.channel]} (${AUDIENCE_NAMES[r.audience].toLowerCase()})`);
    const closed = routes.filter((r) => !r.eligible).map((r) => `${CHANNEL_NAMES[r.channel]} (${plural(r.blockers.length, 'blocker')})`);
    if (open.length === 0)
        return `${p.path} cannot be published yet: ${closed.join('; ')}.`;
    return `${p.path} can go to ${open.join(' and ')}${closed.length ? `; not to ${closed.join('; ')}` : ''}.`;
}
/** Longest package name shown in a title (a name can be a megabyte of package text). */
const MAX_TITLE_NAME = 200;
function packageTitle(p) {
    const name = p.meta?.name ? ` — ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .cleanText */ .X5)(p.meta.name.trim(), MAX_TITLE_NAME)}` : '';
    return `${p.path} (${p.kind}${p.capabilities.length ? `: ${p.capabilities.join(', ')}` : ''})${name}`;
}
function locationOf(f) {
    if (f.source)
        return `${f.source.path}:${f.source.line}:${f.source.column}`;
    if (!f.file)
        return '(package)';
    return f.line ? `${f.file}:${f.line}:${f.column ?? 1}` : f.file;
}
/**
 * The run's verdict as the first thing a reviewer reads. `problems`: what fails the run besides findings (a named
 * path that holds nothing), said after the findings.
 */
function verdictOf(report, failOn = 'error', problems = []) {
    const { errors, warnings } = report.summary;
    const reason = (0,_shared_fail_on_js__WEBPACK_IMPORTED_MODULE_2__/* .failureReason */ .Hr)(report, failOn);
    if (reason || problems.length > 0) {
        const parts = [];
        const counted = report.packages.filter((p) => (0,_shared_fail_on_js__WEBPACK_IMPORTED_MODULE_2__/* .failingFindings */ .v9)(p, failOn) > 0);
        if (counted.length > 0) {
            const what = failOn === 'warning' && warnings > 0 ? `${plural(errors, 'error')} and ${plural(warnings, 'warning')}` : plural(errors, 'error');
            parts.push(`${what} in ${plural(counted.length, 'package')} (fail-on: ${failOn})`);
        }
        else if (reason) {
            const closed = report.packages.filter((p) => (0,_shared_fail_on_js__WEBPACK_IMPORTED_MODULE_2__/* .packageFails */ ._G)(p, failOn));
            parts.push(`${plural(closed.length, 'package')} cannot go where the audience asks (fail-on: ${failOn})`);
        }
        parts.push(...problems.map((p) => p.replace(/\.$/, '')));
        return { failed: true, text: `This check failed: ${parts.join('; ')}` };
    }
    const n = report.packages.length;
    if (n === 0) {
        const out = report.scope?.mode === 'changed' ? report.scope.outOfScope : 0;
        return { failed: false, text: out > 0 ? `Passed: the change touches none of the ${plural(out, 'package')} found` : 'Passed: no package was found to check' };
    }
    if (failOn === 'never' && errors > 0) {
        const withErrors = report.packages.filter((p) => (0,_shared_fail_on_js__WEBPACK_IMPORTED_MODULE_2__/* .failingFindings */ .v9)(p, 'error') > 0).length;
        return { failed: false, text: `Passed (fail-on: never): ${plural(errors, 'error')} in ${plural(withErrors, 'package')}, reported and not enforced` };
    }
    const none = failOn === 'warning' ? 'no errors or warnings' : 'no errors';
    const extra = failOn !== 'warning' && warnings > 0 ? `; ${plural(warnings, 'warning')} to look at` : '';
    return { failed: false, text: `Passed: ${plural(n, 'package')}, ${none}${extra}` };
}


/***/ }),

/***/ 2794:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EZ: () => (/* binding */ JsonPieces),
/* harmony export */   VQ: () => (/* binding */ jsonChunks),
/* harmony export */   fb: () => (/* binding */ chunkText),
/* harmony export */   rR: () => (/* binding */ renderJsonChunks)
/* harmony export */ });
/* unused harmony export renderJson */
const decoder = new TextDecoder();
/** A piece as text. */
function chunkText(chunk) {
    return typeof chunk === 'string' ? chunk : decoder.decode(chunk);
}
function renderJson(report) {
    return [...renderJsonChunks(report)].map(chunkText).join('');
}
/**
 * The JSON report in pieces of at most one package each (then a newline), for writing to a stream. Packages whose
 * piece was made ahead (`ahead`) are not stringified again: their piece comes as UTF-8 bytes.
 */
function* renderJsonChunks(report, ahead) {
    yield* chunksAt(report, 2, '', ahead && ((value) => ahead.get(value)));
    yield '\n';
}
/** How deep a package's piece sits in the report: an element of `packages`, a member of the report. */
const PACKAGE_LEVELS = 2;
/**
 * Bytes made ahead at most: the pieces are held beside the reports until the report is written, so a run of 20,000
 * packages (a 140 MB report) makes the rest at the end, as before, and never holds a second copy of it all.
 */
const MAX_AHEAD_BYTES = 64 * 1024 * 1024;
const encoder = new TextEncoder();
/**
 * Packages' pieces of the JSON report made while other packages are still being checked (the main thread waits
 * for the workers then), so the end of a run of many packages only writes: for the 990 connectors of the scale
 * bench, stringifying and encoding the 38 MB report took 0.4 s after the last package. Pieces are kept as UTF-8
 * bytes, outside V8's heap and no larger than the file. A package's report must be final when it is added (the
 * engine's `checked` option says when).
 */
class JsonPieces {
    maxBytes;
    #pieces = new WeakMap();
    #bytes = 0;
    constructor(maxBytes = MAX_AHEAD_BYTES) {
        this.maxBytes = maxBytes;
    }
    add(pkg) {
        if (this.#bytes >= this.maxBytes)
            return;
        const piece = encoder.encode(nestedJson(toJsonValue(pkg), PACKAGE_LEVELS));
        this.#bytes += piece.byteLength;
        this.#pieces.set(pkg, piece);
    }
    get(value) {
        return value !== null && typeof value === 'object' ? this.#pieces.get(value) : undefined;
    }
}
/**
 * JSON.stringify(value, null, 2) in pieces: containers less than `depth` levels deep are written member by member,
 * deeper values in one piece each. The pieces joined are the same text, byte for byte.
 */
function* jsonChunks(value, depth) {
    // Without pieces made ahead, every piece is text.
    yield* chunksAt(value, depth, '');
}
/** `made`: the piece of a value made ahead, when there is one (only for values at a package's depth). */
function* chunksAt(raw, depth, indent, made) {
    const ready = depth === 0 && indent.length === 2 * PACKAGE_LEVELS ? made?.(raw) : undefined;
    if (ready !== undefined)
        return yield ready;
    const value = toJsonValue(raw);
    if (depth <= 0 || value === null || typeof value !== 'object') {
        yield nestedJson(value, indent.length / 2);
        return;
    }
    const inner = `${indent}  `;
    if (Array.isArray(value)) {
        if (value.length === 0)
            return yield '[]';
        for (let i = 0; i < value.length; i++) {
            yield `${i === 0 ? '[' : ','}\n${inner}`;
            // JSON.stringify writes null for an element it cannot represent.
            yield* skipped(toJsonValue(value[i])) ? ['null'] : chunksAt(value[i], depth - 1, inner, made);
        }
        return yield `\n${indent}]`;
    }
    let first = true;
    for (const [key, member] of Object.entries(value)) {
        if (skipped(toJsonValue(member)))
            continue;
        yield `${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `;
        first = false;
        yield* chunksAt(member, depth - 1, inner, made);
    }
    yield first ? '{}' : `\n${indent}}`;
}
/**
 * JSON.stringify(value, null, 2) as it reads `levels` levels deep: its lines after the first indented by two spaces
 * a level. JSON.stringify indents from zero, so the value is stringified inside `levels` arrays and those are cut
 * off again, which costs less than shifting every line of a large value with a replace (the JSON report of 990
 * connectors: 38 MB).
 */
function nestedJson(value, levels) {
    if (levels === 0)
        return JSON.stringify(value, null, 2) ?? 'null';
    let wrapped = value;
    for (let i = 0; i < levels; i++)
        wrapped = [wrapped];
    // Level k opens with "[\n" and 2k spaces, and closes with "\n", 2(k - 1) spaces and "]". An element JSON cannot
    // represent is written null, as JSON.stringify writes it in place of a value.
    const text = JSON.stringify(wrapped, null, 2);
    return text.slice(2 * levels + levels * (levels + 1), text.length - (2 * levels + levels * (levels - 1)));
}
/** What JSON.stringify leaves out of objects (and writes as null in arrays). */
function skipped(value) {
    return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}
function toJsonValue(value) {
    const toJSON = value !== null && typeof value === 'object' ? value.toJSON : undefined;
    return typeof toJSON === 'function' ? toJSON.call(value) : value;
}


/***/ }),

/***/ 1550:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ ruleMeta)
/* harmony export */ });
/* harmony import */ var _engine_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9247);
// Rule metadata by id, for renderers that name a rule (annotation titles, SARIF rules). Rule families load on
// demand, so this knows the rules of the kinds checked in this process (see loadRulesFor, called by the CLI and the
// action before rendering a report they did not produce, such as a merged one); an unknown id falls back to the id.

function ruleMeta(id) {
    return (0,_engine_index_js__WEBPACK_IMPORTED_MODULE_0__/* .loadedRuleMeta */ .vE)(id);
}


/***/ }),

/***/ 2167:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Hr: () => (/* binding */ failureReason),
/* harmony export */   Qm: () => (/* binding */ FAIL_ON_VALUES),
/* harmony export */   _G: () => (/* binding */ packageFails),
/* harmony export */   v9: () => (/* binding */ failingFindings)
/* harmony export */ });
/* unused harmony exports shouldFail, closedRoutes */
const FAIL_ON_VALUES = ['error', 'warning', 'never'];
/** Why the run fails, or undefined when it passes. */
function failureReason(report, failOn) {
    if (failOn === 'never')
        return undefined;
    const { errors, warnings } = report.summary;
    const reasons = [];
    if (errors > 0 || (failOn === 'warning' && warnings > 0)) {
        reasons.push(`${errors} error(s) and ${warnings} warning(s) found (fail-on: ${failOn}).`);
    }
    const closed = report.packages.flatMap((p) => closedRoutes(p).map((r) => `${p.path} cannot go ${r.audience === 'multitenant' ? 'to every organisation' : 'to one organisation'}: ${r.blockers[0].message}`));
    if (closed.length > 0 && reasons.length === 0) {
        reasons.push(`${closed.join(' ')} Set audience to the route you intend if this is expected.`);
    }
    return reasons.length > 0 ? reasons.join(' ') : undefined;
}
function shouldFail(report, failOn) {
    return failureReason(report, failOn) !== undefined;
}
/** Routes closed by structural facts alone (no finding carries them): asked for, and impossible. */
function closedRoutes(p) {
    return p.routes.filter((r) => !r.eligible && r.blockers.length > 0 && r.blockers.every((b) => b.ruleId.startsWith('route.')));
}
/** Findings of a package that count against `fail-on` (errors; errors and warnings for fail-on: warning). */
function failingFindings(p, failOn) {
    // Suppressed findings (the configuration, the baseline) do not count, as in the summary.
    return p.findings.filter((f) => !f.suppressed && (f.severity === 'error' || (failOn === 'warning' && f.severity === 'warning'))).length;
}
/** Whether a package makes a run fail: findings at or above `fail-on` (errors for never), or a closed route. */
function packageFails(p, failOn) {
    return failingFindings(p, failOn) > 0 || closedRoutes(p).length > 0;
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 3339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
// EXTERNAL MODULE: ./src/engine/index.ts + 38 modules
var engine = __nccwpck_require__(9247);
// EXTERNAL MODULE: ./src/config/index.ts + 1 modules
var config = __nccwpck_require__(1574);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
;// CONCATENATED MODULE: ./src/shared/read-if-exists.ts
// The edges' file reader for optional files (the configuration, its baseline): undefined when the file is not there.

async function readIfExists(path) {
    try {
        return await (0,promises_.readFile)(path, 'utf8');
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return undefined;
        throw e;
    }
}

;// CONCATENATED MODULE: ./src/shared/pool-setup.ts
// What a worker thread of the engine's pool needs from the edge that started it: the review the main thread applies
// (the configuration file and the baseline), rebuilt in the worker from the same request, which crossed as plain data.


const poolWorkerSetup = async (data) => {
    if (!data)
        return {};
    const loaded = await (0,config/* loadConfiguration */.vF)(data, { readFile: readIfExists });
    // The main thread read the same files a moment ago and stopped on a mistake, so this one is valid.
    return loaded.ok && loaded.settings ? { review: loaded.settings.review } : {};
};

;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");
;// CONCATENATED MODULE: ./src/shared/v8-tiering.ts
// How eagerly V8 optimizes this process's code, set by the bundles' entries before the engine runs.
// On V8 11 (Node 20) TurboFan is the only optimizing tier, and its default interrupt budget optimizes a function
// after little execution. Checking hundreds of connectors, whose JSON has ever new shapes, then spends about as much
// CPU compiling and recompiling (deoptimized rule functions, the position index) as checking: --trace-opt summed
// 10 s of TurboFan jobs over the 990 connectors of the scale bench, in a run of 13 s. A budget 16 times larger lets
// a function gather its type feedback first: on the same archive the CLI took 20-25 % less CPU and wall time
// (bench/results.md). V8 12 and later (Node 22, 24) put Maglev between the interpreter and TurboFan and have no
// such flag; there a larger TurboFan threshold measured no better, so nothing is set.

/** The interrupt budget, in bytes of bytecode run, that V8 11 uses: 16 times its default of 66 KiB. */
const INTERRUPT_BUDGET = 16 * 66 * 1024;
/** The V8 flags worth setting for a V8 version ("11.3.244.8-node.38"), or undefined for none. */
function tieringFlags(v8Version) {
    const major = Number(/^(\d+)\./.exec(v8Version)?.[1]);
    // Before 12, the flag exists (V8 10 and 11); an unknown flag would be printed to stderr by V8 itself.
    return Number.isInteger(major) && major < 12 ? `--interrupt-budget=${INTERRUPT_BUDGET}` : undefined;
}
/**
 * Sets the flags for this process. Only flags read when a function is compiled, set before the checks run: a flag
 * set later would apply to later compilations only, and flags of the collector must not change at run time at all
 * (V8 stops with "Check failed" when they do). Worker threads share the process's flags.
 */
function tuneTiering() {
    const flags = tieringFlags(process.versions.v8);
    if (flags)
        (0,external_node_v8_namespaceObject.setFlagsFromString)(flags);
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./src/action/scope/git.ts
// Git at the edge, for the changed files of a pull request (when the checkout has the history) and the CLI's
// --changed-since. Arguments go to execFile as a list (no shell), bounded in time and output. Every path git prints
// here is relative to the repository's top level.

/** Longest a git command may take. */
const GIT_TIMEOUT_MS = 30_000;
/** Most output read from one git command (a diff of many thousand paths fits). */
const GIT_MAX_BUFFER = 64 * 1024 * 1024;
class GitError extends Error {
}
function git(args, cwd) {
    return new Promise((resolve, reject) => {
        (0,external_node_child_process_namespaceObject.execFile)('git', [...args], { cwd, timeout: GIT_TIMEOUT_MS, maxBuffer: GIT_MAX_BUFFER, encoding: 'utf8', windowsHide: true }, (error, stdout, stderr) => {
            if (error)
                reject(new GitError(`git ${args[0]} failed: ${(stderr || error.message).trim().split('\n')[0]}`));
            else
                resolve(stdout);
        });
    });
}
/** The repository's top-level folder, or undefined when `cwd` is not in a git repository (or git is missing). */
async function topLevel(cwd) {
    try {
        return (await git(['rev-parse', '--show-toplevel'], cwd)).trim() || undefined;
    }
    catch {
        return undefined;
    }
}
/** Whether the commit is in the local history (a shallow checkout has only the one it checked out). */
async function hasCommit(root, sha) {
    if (!/^[0-9a-f]{7,64}$/i.test(sha))
        return false;
    return git(['cat-file', '-e', `${sha}^{commit}`], root).then(() => true, () => false);
}
/** Files that differ between the merge base of `base` and `head`, and `head` (what a pull request changes). */
async function changedBetween(root, base, head) {
    return nul(await git(['diff', '--name-only', '-z', '--no-renames', `${base}...${head}`, '--'], root));
}
/** The diff of one file between the merge base of `base` and `head`, and `head`, as GitHub shows a pull request's. */
async function fileDiff(root, base, head, path) {
    return git(['--literal-pathspecs', 'diff', '--no-color', '--no-ext-diff', '--no-renames', '-U3', `${base}...${head}`, '--', path], root);
}
/**
 * What a developer changed since `ref`: the commits since the merge base with it, what is not committed yet, and
 * new files git does not ignore.
 */
async function changedSince(root, ref) {
    // "--end-of-options" keeps a ref that starts with "-" from being read as an option.
    const base = (await git(['merge-base', '--end-of-options', ref, 'HEAD'], root)).trim();
    const changed = nul(await git(['diff', '--name-only', '-z', '--no-renames', base, '--'], root));
    const untracked = nul(await git(['ls-files', '-z', '--others', '--exclude-standard'], root));
    return [...new Set([...changed, ...untracked])];
}
/** Which of these repository-relative paths are files of the repository (tracked by git). */
async function trackedAmong(root, paths) {
    const tracked = new Set();
    // In slices, so a thousand zips never pass the command-line length limit.
    for (let i = 0; i < paths.length; i += 200) {
        // --literal-pathspecs: "Asite (Canada)" or "[Beta]" are names, not patterns.
        for (const p of nul(await git(['--literal-pathspecs', 'ls-files', '-z', '--', ...paths.slice(i, i + 200)], root)))
            tracked.add(p);
    }
    return tracked;
}
function nul(text) {
    return text.split('\0').filter(Boolean);
}

;// CONCATENATED MODULE: ./src/action/scope/select.ts
// Which packages a set of changed files touches. A package is in scope when a file it is built from changed: a
// folder package when a file under it changed, a JSON file or a committed zip when it changed itself, a Target that
// lists its inputs (a toolkit project) when one of them changed, and a zip built during the workflow when the source
// it was built from changed, or always when that source is unknown (checking it costs less than missing it).

function scopeSelector(changes, tracked) {
    const touched = touchedPaths(changes.files);
    const touches = (paths) => paths.some((abs) => {
        const rel = repositoryPath(abs, changes.root);
        return rel !== undefined && touched.has(rel);
    });
    return async (targets, context) => {
        const zips = targets.filter((t) => t.type === 'zip' && !t.inputs).map((t) => repositoryPath(t.abs, changes.root)).filter((p) => p !== undefined);
        const committed = zips.length > 0 ? await tracked(zips).catch(() => new Set()) : new Set();
        const chosen = [];
        for (const t of targets)
            if (await inScope(t))
                chosen.push(t);
        return chosen;
        async function inScope(t) {
            if (t.inputs)
                return touches(t.inputs);
            if (touches([t.abs]))
                return true;
            if (t.type !== 'zip')
                return false;
            const rel = repositoryPath(t.abs, changes.root);
            if (rel !== undefined && committed.has(rel))
                return false;
            // Built during the workflow: in scope when its source changed; always when its source is unknown.
            const source = await context.builtFrom(t).catch(() => undefined);
            return source === undefined || touches(source);
        }
    };
}
/** Every changed path and every folder above it ('' for the root): a folder is touched when it is in the set. */
function touchedPaths(files) {
    const out = new Set();
    for (const file of files) {
        const parts = file.replace(/\\/g, '/').replace(/^\.\//, '').split('/').filter(Boolean);
        out.add('');
        for (let i = 1; i <= parts.length; i++)
            out.add(parts.slice(0, i).join('/'));
    }
    return out;
}
/** '/'-separated path of `abs` inside `root` ('' for the root itself); undefined outside it. */
function repositoryPath(abs, root) {
    const rel = (0,external_node_path_.relative)(root, abs);
    if (rel === '..' || rel.startsWith(`..${external_node_path_.sep}`) || (0,external_node_path_.isAbsolute)(rel))
        return undefined;
    return rel.split(external_node_path_.sep).join('/');
}

;// CONCATENATED MODULE: ./src/cli/merge.ts
// `--merge`: JSON reports of runs over parts of a repository's packages (matrix jobs) into one report, as if one
// run had checked them all: packages in the order of the files given, the summary counted again.



async function mergeReportFiles(paths, cwd) {
    if (paths.length === 0)
        return { ok: false, error: '--merge needs the JSON reports to merge (written with --format json).' };
    const reports = [];
    for (const path of paths) {
        let parsed;
        try {
            parsed = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.resolve)(cwd, path), 'utf8'));
        }
        catch (e) {
            return { ok: false, error: `cannot read the report "${path}": ${e instanceof Error ? e.message : String(e)}` };
        }
        const r = parsed;
        if (!r || typeof r !== 'object' || r.schemaVersion !== 1 || r.tool?.name !== engine/* TOOL_NAME */.lH || !Array.isArray(r.packages)) {
            return { ok: false, error: `"${path}" is not a ${engine/* TOOL_NAME */.lH} JSON report (schemaVersion 1); write the reports with --format json.` };
        }
        reports.push(r);
    }
    return mergeReports(reports, paths);
}
/** One report from several. Audiences must agree (routes were evaluated for them); a package in two shares counts once. */
function mergeReports(reports, names = reports.map((_, i) => `report ${i + 1}`)) {
    const audiences = [...new Set(reports.map((r) => r.audience))];
    if (audiences.length > 1)
        return { ok: false, error: `the reports were made for different audiences (${audiences.join(', ')}); run every share with the same --audience.` };
    const versions = [...new Set(reports.map((r) => r.tool.version))];
    const warnings = versions.length > 1 ? [`the reports come from different versions of ${engine/* TOOL_NAME */.lH} (${versions.join(', ')}).`] : [];
    const seen = new Map();
    const packages = [];
    reports.forEach((r, i) => {
        for (const p of r.packages) {
            const first = seen.get(p.path);
            if (first !== undefined) {
                warnings.push(`"${p.path}" is in ${first} and ${names[i]}; it is counted once (give each matrix job its own paths).`);
                continue;
            }
            seen.set(p.path, names[i]);
            packages.push(p);
        }
    });
    return { ok: true, report: (0,engine/* buildReport */.FK)(packages, { audience: audiences[0], toolVersion: versions[0] }), warnings };
}

;// CONCATENATED MODULE: ./src/cli/root.ts
// The repository root the CLI's paths are relative to: GITHUB_WORKSPACE in a workflow, else git's top level (of the
// working folder, else of --source or of the first path, so a run from outside the repository still finds it),
// else the working folder (or the --source folder when it lies outside the working folder). Git is asked only when the working folder is not the root.



async function repositoryRoot(h) {
    if (h.workspace)
        return (0,external_node_path_.resolve)(h.workspace);
    // The usual case costs one lstat, not a git process (the cold start is budgeted).
    if (await exists((0,external_node_path_.resolve)(h.cwd, '.git')))
        return (0,external_node_path_.resolve)(h.cwd);
    const source = h.source ? (0,external_node_path_.resolve)(h.cwd, h.source) : undefined;
    const first = h.paths.find((p) => !/[*?[\]{}]/.test(p));
    const hints = [h.cwd, source && (await folderOf(source)), first && (await folderOf((0,external_node_path_.isAbsolute)(first) ? first : (0,external_node_path_.resolve)(h.cwd, first)))];
    for (const dir of hints) {
        if (!dir)
            continue;
        const top = await topLevel(dir);
        if (top)
            return top;
    }
    // Outside git: the working folder, unless --source lies outside it (a run from elsewhere).
    const cwd = (0,external_node_path_.resolve)(h.cwd);
    const sourceFolder = source && (await folderOf(source));
    return sourceFolder && !within(sourceFolder, cwd) ? sourceFolder : cwd;
}
function within(path, folder) {
    const rel = (0,external_node_path_.relative)(folder, path);
    return rel === '' || (!rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel));
}
async function folderOf(path) {
    const info = await (0,promises_.lstat)(path).catch(() => null);
    if (!info)
        return undefined;
    return info.isDirectory() ? path : (0,external_node_path_.dirname)(path);
}
async function exists(path) {
    return (await (0,promises_.lstat)(path).catch(() => null)) !== null;
}

// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __nccwpck_require__(4031);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __nccwpck_require__(2011);
;// CONCATENATED MODULE: ./src/report/suppressed.ts


function counts(report) {
    const by = { config: 0, ignore: 0, baseline: 0 };
    for (const p of report.packages)
        for (const f of p.findings)
            if (f.suppressed)
                by[f.suppressed.kind]++;
    const parts = [by.config && `${by.config} by rule`, by.ignore && `${by.ignore} by ignore`, by.baseline && `${by.baseline} by baseline`].filter((x) => !!x);
    return { total: by.config + by.ignore + by.baseline, parts };
}
function sentence(report, text, code) {
    const c = counts(report);
    const out = [];
    if (c.total > 0)
        out.push(text(`${(0,format/* plural */.LS)(c.total, 'finding')} suppressed (${c.parts.join(', ')}).`));
    const fixed = report.baseline?.fixed ?? 0;
    if (fixed > 0) {
        const command = code(`copilot-publish-check --write-baseline ${report.baseline.file}`);
        out.push(`${text(`${(0,format/* plural */.LS)(fixed, 'finding')} of the baseline ${fixed === 1 ? 'is' : 'are'} fixed: refresh it with`)} ${command}.`);
    }
    return out.length > 0 ? out.join(' ') : undefined;
}
/** Plain text for the text output, or undefined when nothing was suppressed and nothing is fixed. */
function suppressedLine(report) {
    return sentence(report, (s) => s, (s) => s);
}
/** The same line in markdown, for the job summary's and the comment's `notes`. */
function suppressedNote(report) {
    // Counts and fixed words need no escaping; the one text from the repository, the baseline's path, is a code span.
    return sentence(report, (s) => s, (s) => (0,report_escape/* codeSpan */.SS)(s));
}

;// CONCATENATED MODULE: ./src/report/fixes.ts
// What every output says about fixes: findings that carry one, the command that makes them, and, in the pull-request
// comment, which ones the review already suggests on the changed lines.



/** Most fixes listed one per line in the comment and summary; the rest are counted. */
const MAX_LISTED_FIXES = 10;
function fixable(report) {
    return report.packages.flatMap((pkg) => pkg.findings.filter((f) => f.fix && !f.suppressed).map((finding) => ({ finding, pkg })));
}
/**
 * The path to give --fix for a package's fixes, one that exists in a developer's clone: a zip is built in the
 * workflow, so its source folder (where its manifest.json comes from; the folder of the files the fixes change
 * otherwise), which the CLI checks as a folder, or builds from source when it is a toolkit project's app folder;
 * a toolkit project, its folder (the report names it by its yml).
 */
function fixPath(pkg, fixes) {
    if (/(^|\/)(m365agents|teamsapp)(\.[\w-]+)?\.yml$/i.test(pkg.path))
        return external_node_path_.posix.dirname(pkg.path);
    if (!/\.zip$/i.test(pkg.path))
        return pkg.path;
    const manifest = pkg.findings.find((f) => f.file.toLowerCase() === 'manifest.json' && f.source)?.source?.path;
    if (manifest)
        return external_node_path_.posix.dirname(manifest);
    return commonFolder(fixes.flatMap((f) => f.fix.edits.map((e) => e.path)));
}
function commonFolder(paths) {
    const folders = paths.map((p) => external_node_path_.posix.dirname(p).split('/'));
    const first = folders[0] ?? [];
    let n = 0;
    while (n < first.length && folders.every((f) => f[n] === first[n]))
        n++;
    return first.slice(0, n).join('/') || '.';
}
/** Most paths named in a --fix command; more are given as the folders that hold them. */
const MAX_COMMAND_PATHS = 8;
/**
 * The paths to give --fix for these fixes, each once. Many packages (a run over a repository of connectors) are
 * given as their top-level folders, or as the repository root, so the command stays one a person can copy: --fix
 * finds the packages inside a folder as a run does.
 */
function fixPaths(items) {
    const byPackage = new Map();
    for (const x of items)
        byPackage.set(x.pkg, [...(byPackage.get(x.pkg) ?? []), x.finding]);
    const paths = [...new Set([...byPackage].map(([pkg, fixes]) => fixPath(pkg, fixes)))];
    if (paths.length <= MAX_COMMAND_PATHS)
        return paths;
    const tops = [...new Set(paths.map((p) => p.split('/')[0]))];
    return tops.length <= MAX_COMMAND_PATHS && !tops.includes('.') ? tops : ['.'];
}
/** A command line a shell runs as written: every package path in single quotes. */
function fixCommand(paths, dryRun = false) {
    const quoted = [...new Set(paths)].map((p) => (/^[\w./-]+$/.test(p) ? p : `'${p.replace(/'/g, `'\\''`)}'`));
    return ['npx copilot-publish-check', dryRun ? '--fix-dry-run' : '--fix', ...quoted].join(' ');
}
/** One line for the text output, or undefined when nothing has a fix. */
function fixesLine(report) {
    const all = fixable(report);
    const ready = all.filter((x) => x.finding.fix.applicable);
    if (all.length === 0)
        return undefined;
    const head = `${(0,format/* plural */.LS)(all.length, 'finding')} ${all.length === 1 ? 'has' : 'have'} a fix`;
    if (ready.length === 0)
        return `${head}, in packaged files whose source is not known (see each fix's reason in the JSON report).`;
    return `${head}: ${fixCommand(fixPaths(ready))} makes ${ready.length === all.length ? (all.length === 1 ? 'it' : 'them') : ready.length} (--fix-dry-run shows the diff first).`;
}
/** The markdown note for the job summary and the comment, or undefined when nothing has a fix. */
function fixesNote(report, options = {}) {
    const all = fixable(report);
    if (all.length === 0)
        return undefined;
    const suggested = all.filter((x) => options.suggested?.has(x.finding));
    const rest = all.filter((x) => !options.suggested?.has(x.finding));
    const ready = rest.filter((x) => x.finding.fix.applicable);
    const stuck = rest.filter((x) => !x.finding.fix.applicable);
    const out = [`🔧 **${plural(all.length, 'finding')} ${all.length === 1 ? 'has' : 'have'} a fix.**`];
    if (suggested.length > 0)
        out.push(`${suggested.length} ${suggested.length === 1 ? 'is' : 'are'} suggested in the review on the lines this pull request changes: commit ${suggested.length === 1 ? 'it' : 'them'} there.`);
    if (ready.length > 0) {
        const lead = suggested.length > 0 ? `For the other ${ready.length}, run` : 'Run';
        out.push(`${lead} ${codeSpan(fixCommand(fixPaths(ready)))} at the repository root (${codeSpan('--fix-dry-run')} shows the diff first):`);
    }
    const lines = ready.slice(0, MAX_LISTED_FIXES).map((x) => `- ${codeSpan(locationOf(x.finding))} ${codeSpan(x.finding.ruleId)}: ${escapeMarkdown(x.finding.fix.description)}`);
    if (ready.length > MAX_LISTED_FIXES)
        lines.push(`- … and ${ready.length - MAX_LISTED_FIXES} more.`);
    const note = [out.join(' '), ...(lines.length > 0 ? ['', ...lines] : [])];
    if (stuck.length > 0) {
        const reasons = [...new Set(stuck.map((x) => x.finding.fix.reason ?? 'no repository file is known for it'))];
        note.push('', `${plural(stuck.length, 'fix', 'fixes')} cannot be made in the repository: ${escapeMarkdown(reasons[0])}${reasons.length > 1 ? ` (and ${reasons.length - 1} other reason${reasons.length > 2 ? 's' : ''}, in the JSON report)` : ''}`);
    }
    return note.join('\n');
}

;// CONCATENATED MODULE: ./src/report/text.ts




const MARK = { error: '✖', warning: '⚠', notice: 'ℹ' };
function renderText(report, options = {}) {
    const out = [];
    const packages = report.packages.slice(0, options.maxPackages ?? Infinity);
    let room = options.maxFindings ?? Infinity;
    for (const p of packages) {
        out.push((0,format/* packageTitle */.by)(p));
        for (const r of p.routes)
            out.push(...routeLines(r));
        const shown = p.findings.filter((f) => !f.suppressed);
        const listed = shown.slice(0, room);
        for (const f of listed) {
            out.push(`  ${MARK[f.severity]} ${f.severity} ${f.ruleId} ${(0,format/* locationOf */.hD)(f)}`);
            out.push(`      ${f.message}`);
            if (f.fix)
                out.push(`      fix: ${f.fix.description}`);
        }
        if (listed.length < shown.length)
            out.push(`  … and ${shown.length - listed.length} more findings in the JSON report`);
        room -= listed.length;
        out.push('');
    }
    if (packages.length < report.packages.length)
        out.push(`… and ${report.packages.length - packages.length} more packages in the JSON report`, '');
    out.push((0,format/* verdictLine */.MT)(report));
    out.push((0,format/* countLine */.QK)(report.summary));
    const suppressed = suppressedLine(report);
    if (suppressed)
        out.push(suppressed);
    const fixes = fixesLine(report);
    if (fixes)
        out.push(fixes);
    // Each line is flattened: package text (a name, a path, a message quoting a value) cannot start a line of its own,
    // move the cursor (ESC, CR) or reorder what a reader sees (bidirectional controls).
    return (0,report_escape/* logText */.kc)(out.map(report_escape/* oneLine */.TN).join('\n')) + '\n';
}
// The route part: verdict per audience, the first blockers (or cautions), the next step and where it is documented.
function routeLines(r) {
    const verdict = r.eligible ? (r.cautions?.length ? 'ready, with limits' : 'ready') : `blocked (${r.blockers.length})`;
    const out = [`  ${format/* AUDIENCE_NAMES */.K8[r.audience]}: ${format/* CHANNEL_NAMES */.bW[r.channel]} — ${verdict}`];
    if (!r.eligible) {
        for (const b of r.blockers.slice(0, 3))
            out.push(`      ✖ ${b.ruleId}: ${b.message}`);
        if (r.blockers.length > 3)
            out.push(`      … and ${r.blockers.length - 3} more`);
    }
    for (const c of r.eligible ? (r.cautions ?? []) : [])
        out.push(`      ⚠ ${c.ruleId}: ${c.message}`);
    const next = r.next ?? (r.eligible ? r.steps[0] : undefined);
    if (next)
        out.push(`      next: ${next}`);
    if (r.docs?.guide)
        out.push(`      guide: ${r.docs.guide}`);
    return out;
}

// EXTERNAL MODULE: ./src/report/json.ts
var json = __nccwpck_require__(2794);
// EXTERNAL MODULE: ./src/shared/fail-on.ts
var fail_on = __nccwpck_require__(2167);
;// CONCATENATED MODULE: ./src/report/route-card.ts


/** One line per route of a package, as markdown list items. */
function route_card_routeLines(p, options = {}) {
    const guide = (r) => (options.links === false ? undefined : r.docs?.guide);
    const notable = (r) => (r.eligible ? (r.cautions?.length ?? 0) > 0 : r.blockers.some((b) => b.ruleId.startsWith('route.')));
    return p.routes
        .filter((r) => !options.onlyNotable || notable(r))
        .map((r) => `- **${format/* AUDIENCE_NAMES */.K8[r.audience]}**: ${route_card_link(ownText(format/* CHANNEL_NAMES */.bW[r.channel]), guide(r))} — ${state(r)}`);
}
function state(r) {
    if (r.eligible) {
        const cautions = r.cautions ?? [];
        return cautions.length > 0 ? `✅ ready, with limits: ${cautions.map(blockerText).join('; ')}` : '✅ ready';
    }
    // Structural facts close a route whatever the files say: they come with the way forward.
    const facts = r.blockers.filter((b) => b.ruleId.startsWith('route.'));
    const errors = r.blockers.length - facts.length;
    const parts = [];
    if (facts.length > 0)
        parts.push(`❌ closed: ${facts.map((b) => blockerText(b).replace(/\\?\.$/, '')).join('; ')}`);
    if (errors > 0)
        parts.push(`${facts.length > 0 ? 'and blocked' : '❌ blocked'} by ${(0,format/* plural */.LS)(errors, 'error')}`);
    if (parts.length === 0)
        parts.push('❌ blocked');
    const next = facts.length > 0 && r.next ? ` Next: ${(0,report_escape/* escapeMarkdown */.FV)(r.next)}` : '';
    return `${parts.join(', ')}.${next}`;
}
function blockerText(b) {
    return `${(0,report_escape/* codeSpan */.SS)(b.ruleId)} ${(0,report_escape/* escapeMarkdown */.FV)(b.message)}`;
}
/** How to publish, once per route kind: folded prerequisites and steps. */
function publishingGuide(packages, options = {}) {
    const kinds = new Map();
    for (const p of packages) {
        for (const r of p.routes) {
            if (r.steps.length === 0 && r.prerequisites.length === 0)
                continue;
            if (r.channel === 'none')
                continue;
            const key = JSON.stringify([r.audience, r.channel, r.prerequisites, r.steps]);
            const kind = kinds.get(key);
            if (kind)
                kind.packages.push(p.path);
            else
                kinds.set(key, { route: r, packages: [p.path], ready: 0 });
            if (r.eligible)
                kinds.get(key).ready++;
        }
    }
    const out = [];
    const many = packages.length > 1;
    for (const { route: r, packages: names, ready } of kinds.values()) {
        const who = many ? ` · ${names.length === packages.length ? 'every package' : (0,format/* plural */.LS)(names.length, 'package')}` : '';
        if (options.onlyReady && ready === 0) {
            const steps = `${(0,format/* plural */.LS)(r.prerequisites.length, 'prerequisite')} and ${(0,format/* plural */.LS)(r.steps.length, 'step')}`;
            out.push(`- **${format/* AUDIENCE_NAMES */.K8[r.audience]}**: ${route_card_link(ownText(format/* CHANNEL_NAMES */.bW[r.channel]), r.docs?.guide)}${who} — no package is ready yet; ${steps} in the job summary.`);
            continue;
        }
        if (out.length > 0 && out.at(-1) !== '')
            out.push('');
        out.push('<details>', `<summary><b>${format/* AUDIENCE_NAMES */.K8[r.audience]}</b>: ${htmlText(format/* CHANNEL_NAMES */.bW[r.channel])}${who}</summary>`, '');
        if (r.docs?.guide)
            out.push(`Guide: ${r.docs.guide}`, '');
        if (r.prerequisites.length > 0) {
            out.push('Prerequisites no file can show:', '');
            r.prerequisites.forEach((t, i) => out.push(`- ${ownText(t)}${options.itemLinks === false ? '' : docLink(r.docs?.prerequisites[i])}`));
            out.push('');
        }
        if (r.steps.length > 0) {
            out.push('Steps:', '');
            r.steps.forEach((t, i) => out.push(`${i + 1}. ${ownText(t)}${options.itemLinks === false ? '' : docLink(r.docs?.steps[i])}`));
            out.push('');
        }
        // A blank line after each block: markdown that follows an HTML block on the next line is not markdown.
        out.push('</details>', '');
    }
    while (out.at(-1) === '')
        out.pop();
    return out;
}
/** The tool's own text (route table, channel names): kept on one line, otherwise as written. */
function ownText(text) {
    return text.replace(/\r?\n|\r/g, ' ').replace(/\|/g, '\\|').replace(/</g, '&lt;');
}
/** The tool's own text inside an HTML element (a <summary>). */
function htmlText(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
function route_card_link(text, url) {
    return url ? `[${text}](${url})` : text;
}
function docLink(url) {
    return url ? ` ([docs](${url}))` : '';
}

;// CONCATENATED MODULE: ./src/report/markdown.ts




const ICON = { error: '🛑', warning: '⚠️', notice: 'ℹ️' };
/** GitHub refuses step summaries over 1 MiB (bytes). */
const MAX_SUMMARY_BYTES = (/* unused pure expression or super */ null && (1024 * 1024));
/** Longest first-error text in the table of failing packages. */
const MAX_FIRST_ERROR = 160;
/** Most skipped paths named in the comment's line about them (the summary lists all). */
const MAX_SKIPPED_INLINE = 5;
function renderMarkdown(full, options = {}) {
    // Suppressed findings are counted in one note (suppressed.ts), not listed, and decide nothing here.
    const report = { ...full, packages: full.packages.map((p) => (p.findings.some((f) => f.suppressed) ? { ...p, findings: p.findings.filter((f) => !f.suppressed) } : p)) };
    const h = '#'.repeat(options.heading ?? 2);
    const failOn = options.verdict?.failOn ?? 'error';
    const out = [`${h} Copilot publish check`, '', ...verdictBlock(report, options), ''];
    for (const note of [...scopeNotes(report), ...(options.notes ?? [])])
        out.push(note, '');
    // Past stopAfterChars the text is returned as it stands: what follows would be cut.
    let counted = 0;
    let chars = 0;
    const over = () => {
        for (; counted < out.length; counted++)
            chars += out[counted].length + 1;
        return chars > (options.stopAfterChars ?? Infinity);
    };
    const failingSet = new Set(report.packages.filter((p) => (0,fail_on/* packageFails */._G)(p, failOn === 'never' ? 'error' : failOn)));
    const failing = [...failingSet];
    const withFindings = report.packages.filter((p) => !failingSet.has(p) && shownFindings(p, options).length > 0);
    const withFindingsSet = new Set(withFindings);
    const rest = report.packages.filter((p) => !failingSet.has(p) && !withFindingsSet.has(p));
    if (failing.length > 0)
        out.push(...failingTable(failing, failOn), '');
    const detailed = [...failing, ...withFindings];
    const links = ruleLinks(detailed, options);
    if (links.lines.length > 0)
        out.push(...links.lines, '');
    for (const p of detailed) {
        if (over())
            return out.join('\n');
        out.push(...packageSection(p, `${h}#`, options, failingSet.has(p), links.label));
    }
    if (rest.length > 0) {
        out.push(`${h}# ${detailed.length > 0 ? 'Other packages' : 'Packages'}`, '');
        for (const p of rest) {
            if (over())
                return out.join('\n');
            out.push(cleanLine(p));
        }
        out.push('');
    }
    if (over())
        return out.join('\n');
    out.push(...skippedBlock(report, options));
    const guide = publishingGuide(report.packages, { itemLinks: !options.brief, onlyReady: options.brief });
    if (guide.length > 0)
        out.push(`${h}# How to publish`, '', ...guide, '');
    return out.join('\n');
}
/** The verdict sentence (bold, with its mark), then the counts and where packages can go. */
function verdictBlock(report, options) {
    const v = (0,format/* verdictOf */.Vj)(report, options.verdict?.failOn, options.verdict?.problems);
    const n = report.packages.length;
    const counts = n > 0 ? `${(0,report_escape/* escapeMarkdown */.FV)((0,format/* countLine */.QK)(report.summary))} in ${(0,format/* plural */.LS)(n, 'package')}.` : '';
    const audiences = [...new Set(report.packages.flatMap((p) => p.routes.map((r) => r.audience)))];
    const ready = audiences.map((a, i) => `${i === 0 ? format/* AUDIENCE_NAMES */.K8[a] : format/* AUDIENCE_NAMES */.K8[a].toLowerCase()}: ${report.packages.filter((p) => p.routes.some((r) => r.audience === a && r.eligible)).length} of ${n} ready`);
    const where = n > 1 ? ` ${(0,report_escape/* escapeMarkdown */.FV)(ready.join('; '))}.` : n === 1 ? ` ${(0,report_escape/* escapeMarkdown */.FV)((0,format/* verdictLine */.MT)(report))}` : '';
    return [`**${v.failed ? '❌' : '✅'} ${(0,report_escape/* escapeMarkdown */.FV)(v.text)}**`, ...(counts || where ? ['', `${counts}${where}`.trim()] : [])];
}
/** The verdict sentence alone, bold (for callers that write their own page). */
function verdictMarkdown(report, failOn = 'error') {
    const v = verdictOf(report, failOn);
    return `**${v.failed ? '❌' : '✅'} ${escapeMarkdown(v.text)}** ${escapeMarkdown(countLine(report.summary))}.`;
}
function scopeNotes(report) {
    const s = report.scope;
    if (!s)
        return [];
    if (s.fallback)
        return [`> [!NOTE]\n> Every package was checked: only the packages the change touches were asked for, but ${(0,report_escape/* escapeMarkdown */.FV)(s.fallback)}.`];
    if (s.mode !== 'changed')
        return [];
    const files = s.changedFiles !== undefined ? `${(0,format/* plural */.LS)(s.changedFiles, 'changed file')} of ` : '';
    return [`**Scope:** the ${files}${(0,report_escape/* escapeMarkdown */.FV)(s.changes ?? 'the change')}: ${(0,format/* plural */.LS)(report.packages.length, 'package')} checked, ${s.outOfScope} out of scope (unchanged, not checked).`];
}
function failingTable(failing, failOn) {
    const audiences = [...new Set(failing.flatMap((p) => p.routes.map((r) => r.audience)))];
    const head = ['Package', 'Errors', 'Warnings', ...audiences.map((a) => format/* AUDIENCE_NAMES */.K8[a]), 'First problem'];
    const out = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`];
    for (const p of failing) {
        const count = (s) => p.findings.filter((f) => f.severity === s).length;
        const routes = audiences.map((a) => {
            const r = p.routes.find((x) => x.audience === a);
            return r ? (r.eligible ? '✅' : '❌') : '—';
        });
        out.push(`| ${packageName(p, true)} | ${count('error')} | ${count('warning')} | ${routes.join(' | ')} | ${firstProblem(p, failOn)} |`);
    }
    return out;
}
function firstProblem(p, failOn) {
    const f = p.findings.find((x) => x.severity === 'error') ?? (failOn === 'warning' ? p.findings.find((x) => x.severity === 'warning') : undefined);
    if (f)
        return `${(0,report_escape/* codeSpan */.SS)(f.ruleId, true)} ${(0,report_escape/* escapeMarkdown */.FV)(f.message, MAX_FIRST_ERROR)}`;
    const closed = p.routes.find((r) => !r.eligible && r.blockers.length > 0)?.blockers[0];
    return closed ? `${(0,report_escape/* codeSpan */.SS)(closed.ruleId, true)} ${(0,report_escape/* escapeMarkdown */.FV)(closed.message, MAX_FIRST_ERROR)}` : '—';
}
function packageName(p, inTable = false) {
    const name = p.meta?.name ? ` ${(0,report_escape/* escapeMarkdown */.FV)(p.meta.name, 200)}` : '';
    return `${(0,report_escape/* codeSpan */.SS)(p.path, inTable)}${name}`;
}
/** The findings listed for a package: every one, or errors and warnings in the short form. */
function shownFindings(p, options) {
    return options.brief ? p.findings.filter((f) => f.severity !== 'notice') : p.findings;
}
/**
 * Reference-style links to the rules' pages, one definition per page: rules share pages (the store validation
 * guidelines back a dozen of them), and a page's address would otherwise repeat in every row. Definitions render
 * as nothing, and they sit above the tables that use them, so a comment cut at its end keeps them.
 */
function ruleLinks(packages, options) {
    const labels = new Map();
    for (const p of packages)
        for (const f of shownFindings(p, options))
            if (!labels.has(f.docs))
                labels.set(f.docs, `r${labels.size + 1}`);
    return { lines: [...labels].map(([url, label]) => `[${label}]: ${url}`), label: (f) => labels.get(f.docs) ?? '' };
}
function packageSection(p, h, options, failing, label) {
    const max = options.maxFindingsPerPackage ?? 50;
    const caps = p.capabilities.length ? ` (${p.capabilities.join(', ')})` : '';
    const mark = failing ? '❌' : p.findings.some((f) => f.severity === 'warning') ? '⚠️' : 'ℹ️';
    // The short form gives a route a line only when it says more than the table's ✅ and ❌: a fact that closes it
    // with the way forward, or a limit on a ready route.
    const routes = route_card_routeLines(p, { links: !options.brief, onlyNotable: options.brief });
    const out = [`${h} ${mark} ${packageName(p)}`, '', `${p.kind}${caps}`, '', ...routes, ...(routes.length > 0 ? [''] : [])];
    const shown = shownFindings(p, options);
    // The short form gives a rule that fires several times in a package one row: its first message and where else.
    const rows = options.brief ? groupByRule(shown) : shown.map((f) => [f]);
    out.push('| | Rule | Where | Message |', '|---|---|---|---|');
    for (const group of rows.slice(0, max)) {
        const [f] = group;
        const mark = group.some((x) => options.isNew?.(x)) ? ' 🆕' : '';
        const times = group.length > 1 ? ` (×${group.length})` : '';
        out.push(`| ${ICON[f.severity]}${mark} | [${(0,report_escape/* codeSpan */.SS)(f.ruleId, true)}][${label(f)}] | ${whereAll(group, options.links)} | ${(0,report_escape/* escapeMarkdown */.FV)(f.message)}${times} |`);
    }
    const more = [];
    const hidden = rows.slice(max).reduce((n, g) => n + g.length, 0);
    if (hidden > 0)
        more.push(`${hidden} more`);
    const notices = p.findings.length - shown.length;
    if (notices > 0)
        more.push((0,format/* plural */.LS)(notices, 'notice'));
    if (more.length > 0)
        out.push('', `… and ${more.join(' and ')}, listed in ${options.brief ? 'the job summary' : 'the JSON report'}.`);
    out.push('');
    return out;
}
/** Findings of one rule and severity together, in the order their first finding comes. */
function groupByRule(findings) {
    const groups = new Map();
    for (const f of findings) {
        const key = `${f.severity}\u0000${f.ruleId}`;
        const g = groups.get(key);
        if (g)
            g.push(f);
        else
            groups.set(key, [f]);
    }
    return [...groups.values()];
}
/** Most further places named in a grouped row (the job summary lists every finding). */
const MAX_MORE_PLACES = 4;
/** The first finding's place, linked; the others' lines after it, plain (same file) or by file name. */
function whereAll(group, links) {
    const first = where(group[0], links);
    const firstFile = group[0].file || group[0].source?.path || '';
    // Each other place once: a line in the first finding's file, else the file and line.
    const places = [...new Set(group.slice(1).map((f) => {
            const line = f.source?.line ?? f.line;
            return (f.file || f.source?.path || '') === firstFile && line ? `:${line}` : shortPlace(f);
        }))].filter((place) => place !== shortPlace(group[0]).slice(firstFile.length));
    const shown = places.slice(0, MAX_MORE_PLACES).map((place) => (0,report_escape/* codeSpan */.SS)(place, true));
    const rest = places.length - shown.length;
    return [first, ...shown].join(' ') + (rest > 0 ? ` +${rest}` : '');
}
function shortPlace(f) {
    const line = f.source?.line ?? f.line;
    const file = f.file || f.source?.path || '(package)';
    return line ? `${file}:${line}` : file;
}
/** One line for a package with nothing to fix. */
function cleanLine(p) {
    const caps = p.capabilities.length ? `, ${p.capabilities.join(', ')}` : '';
    const routes = p.routes.map((r) => `${format/* AUDIENCE_NAMES */.K8[r.audience].toLowerCase()} ${r.eligible ? '✅' : '❌'}`).join(', ');
    const notices = p.findings.length > 0 ? `; ${(0,format/* plural */.LS)(p.findings.length, 'notice')}` : '';
    return `- ✅ ${packageName(p)} (${p.kind}${caps}): ${routes}${notices}`;
}
function skippedBlock(report, options) {
    const skipped = report.skipped ?? [];
    if (skipped.length === 0)
        return [];
    const title = `${(0,format/* plural */.LS)(skipped.length, 'path')} skipped: found by a search or a glob, and not packages`;
    if (options.brief) {
        const named = skipped.slice(0, MAX_SKIPPED_INLINE).map((s) => (0,report_escape/* codeSpan */.SS)(s.path)).join(', ');
        const more = skipped.length > MAX_SKIPPED_INLINE ? ` and ${skipped.length - MAX_SKIPPED_INLINE} more` : '';
        return [`${title}: ${named}${more}.`, ''];
    }
    return ['<details>', `<summary>${title}</summary>`, '', ...skipped.map((s) => `- ${(0,report_escape/* codeSpan */.SS)(s.path)}: ${(0,report_escape/* escapeMarkdown */.FV)(s.reason)}`), '', '</details>', ''];
}
function where(f, links) {
    // The packaged file's name, at the line of the repository file it came from when that is known.
    const shown = f.source ? shortPlace(f) : f.file ? (f.line ? `${f.file}:${f.line}:${f.column ?? 1}` : f.file) : '(package)';
    const code = (0,report_escape/* codeSpan */.SS)(shown, true);
    if (!links || !f.source)
        return code;
    return `[${code}](${sourceUrl(links, f.source.path, f.source.line)})`;
}
/** The line of a repository file at a commit, as GitHub shows it. */
function sourceUrl(links, path, line) {
    return `${links.serverUrl}/${links.repository}/blob/${encodeURIComponent(links.ref)}/${(0,report_escape/* encodePath */.O0)(path)}#L${line}`;
}
/**
 * Cuts `text` to at most `limit` units (characters or UTF-8 bytes) including `tail`, at a line boundary,
 * closing a `<details>` left open so the rest of the page renders normally.
 */
function truncateMarkdown(text, limit, tail, unit) {
    const size = (s) => (unit === 'bytes' ? Buffer.byteLength(s, 'utf8') : s.length);
    if (size(text) <= limit)
        return text;
    // A blank line first: a cut inside a table must end the table before the HTML closes the block.
    const closing = '\n\n</details>\n';
    const budget = limit - size(tail) - size(closing) - 4;
    const lines = text.split('\n');
    let used = 0;
    let kept = 0;
    while (kept < lines.length && used + size(lines[kept]) + 1 <= budget)
        used += size(lines[kept++]) + 1;
    const head = lines.slice(0, kept);
    const open = head.filter((l) => l.startsWith('<details')).length - head.filter((l) => l.startsWith('</details>')).length;
    return `${head.join('\n')}\n${open > 0 ? closing : ''}\n${tail}`;
}
/** The job summary: the full report, trimmed under GitHub's 1 MiB with a note when it had to be. */
function renderSummary(report, options = {}) {
    const maxBytes = options.maxBytes ?? MAX_SUMMARY_BYTES;
    // A character is at least a byte: past maxBytes characters the rest is cut anyway.
    const md = renderMarkdown(report, { ...options, stopAfterChars: maxBytes });
    const tail = '> [!NOTE]\n> The summary was trimmed to stay under GitHub\'s 1 MiB limit; the JSON report lists every finding.\n';
    return truncateMarkdown(md, maxBytes, tail, 'bytes');
}

// EXTERNAL MODULE: ./src/report/annotations.ts
var annotations = __nccwpck_require__(856);
;// CONCATENATED MODULE: ./src/report/index.ts
// Pure renderers from a Report to every output format. SARIF (./sarif.js) and finding fingerprints
// (./fingerprint.js) are imported from their own files where needed: they load node:crypto, which a run that
// writes no SARIF should not pay for at start-up.










// EXTERNAL MODULE: ./src/engine/routes/route-rules.ts
var route_rules = __nccwpck_require__(7622);
;// CONCATENATED MODULE: ./src/report/rules-doc.ts
// docs/rules.md, generated from the rules' own metadata.


/** `allRules`: every rule of every family (loadAllRules); read problems and route facts are added here. */
function renderRulesMarkdown(allRules) {
    const rules = [...engine/* readProblemRules */.pN, ...allRules, ...route_rules/* ROUTE_RULES */.Wv];
    const families = new Map();
    for (const r of rules) {
        const family = r.id.split('.')[0];
        families.set(family, [...(families.get(family) ?? []), r]);
    }
    const out = [
        '# Rules',
        '',
        `Generated from the rules' metadata by \`npm run docs\`; do not edit by hand. ${rules.length} rules.`,
        '',
        'Severity: **error** blocks upload or submission, or breaks a certification policy; **warning**: store review is',
        'likely to reject it, or it will misbehave in Copilot; **notice**: advice. Audiences: the routes a rule counts for.',
        '',
    ];
    for (const [family, list] of families) {
        out.push(`## ${family}`, '', '| Rule | Severity | Audiences | Kinds | What it checks |', '|---|---|---|---|---|');
        for (const r of list.sort((a, b) => a.id.localeCompare(b.id))) {
            const what = [r.title, r.description].filter(Boolean).join('. ').replace(/\|/g, '\\|').replace(/\n/g, ' ');
            out.push(`| [\`${r.id}\`](${r.docs}) | ${r.severity} | ${r.audiences.join(', ')} | ${r.kinds.join(', ')} | ${what} |`);
        }
        out.push('');
    }
    return out.join('\n');
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ./src/engine/read/toolkit/files.ts
var files = __nccwpck_require__(1941);
;// CONCATENATED MODULE: ./src/shared/output-path.ts
// Where an output may be written (the JSON report, SARIF, the package zips, a baseline, the CLI's --output). A pull
// request can commit symbolic links: `out.sarif` pointing at a file outside the workspace, a report folder pointing
// elsewhere. Followed, they would overwrite that file with text partly chosen by the package. So:
// - below a guarded folder (the workspace and RUNNER_TEMP in the action, the repository root for the CLI) no symbolic
//   link is followed: not the file itself (a dangling link included) and not any folder between that folder and it;
//   the file is opened with O_NOFOLLOW as well, so a link made after the check is not followed either;
// - the action writes only inside the workspace or RUNNER_TEMP (`confine`);
// - the CLI writes where its user says: a path outside the repository (`--output ~/reports/x.json`) is the user's
//   own choice on their own machine, and is written as named, links and all.
// A refused output throws OutputRefused, whose message names the path and the link; callers write their other
// outputs all the same.




class OutputRefused extends Error {
    name = 'OutputRefused';
}
/** The action's policy: the workspace and RUNNER_TEMP, nothing else. */
function actionOutputs(workspace, tempDir) {
    return { guarded: [workspace, tempDir], confine: true, label: 'the workspace or RUNNER_TEMP' };
}
/** The CLI's policy: no link followed inside the repository; elsewhere, where the user says. */
function cliOutputs(root) {
    return { guarded: [root], confine: false, label: 'the repository' };
}
/**
 * Checks that `path` may be written under `policy` and makes its missing folders; returns the absolute path and
 * whether it is guarded (then open it with `openOutput`, which refuses a link made meanwhile).
 */
async function prepareOutput(path, policy) {
    const abs = (0,external_node_path_.resolve)(path);
    // The deepest guarded folder that holds the path, so a RUNNER_TEMP inside the workspace is walked from itself.
    const root = policy.guarded
        .map((g) => (0,external_node_path_.resolve)(g))
        .filter((g) => (0,files/* isInside */.FK)(g, abs))
        .sort((a, b) => b.length - a.length)[0];
    if (!root) {
        if (policy.confine)
            throw new OutputRefused(`${path} is outside ${policy.label}; outputs are written only there`);
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(abs), { recursive: true });
        return { abs, guarded: false };
    }
    if (abs === root)
        throw new OutputRefused(`${path} is a folder, not a file`);
    // Every existing step below the root, the file included, must be what it says: no symbolic link.
    let at = root;
    for (const part of (0,external_node_path_.relative)(root, abs).split(external_node_path_.sep)) {
        at = (0,external_node_path_.resolve)(at, part);
        const info = await (0,promises_.lstat)(at).catch(() => null);
        if (!info)
            break;
        if (info.isSymbolicLink())
            throw new OutputRefused(`${path} ${at === abs ? 'is' : `lies behind ${at}, which is`} a symbolic link; outputs are never written through links (a link in a pull request could point anywhere)`);
        if (at !== abs && !info.isDirectory())
            throw new OutputRefused(`${path} cannot be written: ${at} is not a folder`);
    }
    await makeFolders(root, (0,external_node_path_.dirname)(abs));
    return { abs, guarded: true };
}
/** Makes the folders from `root` down to `dir` one at a time, refusing a link that appeared on the way. */
async function makeFolders(root, dir) {
    let at = root;
    for (const part of dir === root ? [] : (0,external_node_path_.relative)(root, dir).split(external_node_path_.sep)) {
        at = (0,external_node_path_.resolve)(at, part);
        await (0,promises_.mkdir)(at).catch((e) => {
            if (e.code !== 'EEXIST')
                throw e;
        });
        const info = await (0,promises_.lstat)(at);
        if (!info.isDirectory())
            throw new OutputRefused(`${at} is ${info.isSymbolicLink() ? 'a symbolic link' : 'not a folder'}; outputs are never written through links`);
    }
}
/** Flags for writing an output: created or truncated, and for a guarded one never through a link (O_NOFOLLOW). */
function outputFlags(guarded) {
    // O_NOFOLLOW is 0 where the platform has none (Windows); the lstat walk above still holds there.
    return external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_TRUNC | (guarded ? (external_node_fs_.constants.O_NOFOLLOW ?? 0) : 0);
}
/** Writes `data` to `path` under `policy` (the baseline, a package zip, a diff). */
async function writeOutput(path, data, policy) {
    const { abs, guarded } = await prepareOutput(path, policy);
    const handle = await openOutput(abs, guarded);
    try {
        await handle.writeFile(data);
    }
    finally {
        await handle.close();
    }
    return abs;
}
async function openOutput(abs, guarded) {
    try {
        return await (0,promises_.open)(abs, outputFlags(guarded), 0o666);
    }
    catch (e) {
        if (e.code === 'ELOOP')
            throw new OutputRefused(`${abs} is a symbolic link; outputs are never written through links`);
        throw e;
    }
}

;// CONCATENATED MODULE: ./src/shared/package-output.ts
// `package-output` / `--package-output DIR`: the zips built from toolkit projects, written where a workflow can upload
// them (the artifact the admin center or Partner Center takes). Each goes to DIR/<the path the toolkit writes it to,
// relative to the repository>, so projects never overwrite each other. A package built with stand-in values is not
// what the toolkit would build, so it is not written; the message says which variables to set.


/** Writes each package under `dir` (absolute) at its path relative to `root`, the repository; never through a link. */
async function writeBuiltPackages(built, dir, root, policy) {
    const out = { written: [], skipped: [] };
    for (const b of built) {
        if (b.missing.length > 0) {
            const names = b.missing.join(', ');
            out.skipped.push(`${b.path}: not written: ${names} ${b.missing.length === 1 ? 'has' : 'have'} no value, so the package holds stand-ins; set ${b.missing.length === 1 ? 'it' : 'them'} (the env file, or the environment of this step) to build the package to publish.`);
            continue;
        }
        const rel = (0,external_node_path_.relative)((0,external_node_path_.resolve)(root), b.zip);
        const inside = rel && !rel.startsWith(`..${external_node_path_.sep}`) && rel !== '..' && !(0,external_node_path_.isAbsolute)(rel);
        const target = (0,external_node_path_.join)(dir, inside ? rel : (0,external_node_path_.basename)(b.zip));
        try {
            out.written.push(await writeOutput(target, await zipOf(b.files), policy));
        }
        catch (e) {
            if (!(e instanceof OutputRefused))
                throw e;
            out.skipped.push(`${b.path}: not written: ${e.message}.`);
        }
    }
    return out;
}
/** The files as a zip: names in the toolkit's order (adm-zip sorts them), a fixed date so builds are reproducible. */
async function zipOf(files) {
    const { default: yazl } = await __nccwpck_require__.e(/* import() */ 44).then(__nccwpck_require__.t.bind(__nccwpck_require__, 3044, 19));
    const zip = new yazl.ZipFile();
    const mtime = new Date(Date.UTC(2020, 0, 1));
    for (const name of [...files.keys()].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0))) {
        zip.addBuffer(Buffer.from(files.get(name)), name, { mtime });
    }
    zip.end();
    const chunks = [];
    for await (const chunk of zip.outputStream)
        chunks.push(chunk);
    return Buffer.concat(chunks);
}

;// CONCATENATED MODULE: ./src/shared/write-chunks.ts


const BLOCK = 64 * 1024;
/** Blocks written to a file are larger: each write is a trip to the thread pool. */
const FILE_BLOCK = 1024 * 1024;
async function writeChunks(path, chunks, policy) {
    const { abs, guarded } = await prepareOutput(path, policy);
    const handle = await openOutput(abs, guarded);
    // Block by block, straight to the file (a stream's machinery cost a tenth of a second more on the 38 MB report of
    // 990 connectors), the next block made while the last one is written: two blocks in memory at most.
    let writing;
    try {
        for (const bytes of byteBlocks(chunks, FILE_BLOCK)) {
            await writing;
            writing = writeAll(handle, bytes);
            // Awaited with the next block; until then a failed write must not count as unhandled.
            writing.catch(() => undefined);
        }
        await writing;
    }
    finally {
        await handle.close();
    }
    return abs;
}
/** The pieces as text, gathered into blocks of about BLOCK characters (one piece larger than that is one block). */
function* blocks(chunks, size = BLOCK) {
    let pending = [];
    let length = 0;
    for (const c of chunks) {
        const text = (0,json/* chunkText */.fb)(c);
        pending.push(text);
        length += text.length;
        if (length >= size) {
            yield pending.join('');
            pending = [];
            length = 0;
        }
    }
    if (length > 0)
        yield pending.join('');
}
/** The pieces as UTF-8, in blocks of about `size` bytes: text runs are encoded together, bytes copied as they are. */
function* byteBlocks(chunks, size) {
    let parts = [];
    let text = [];
    let bytes = 0;
    let chars = 0;
    const flushText = () => {
        if (text.length === 0)
            return;
        const encoded = Buffer.from(text.join(''));
        parts.push(encoded);
        bytes += encoded.length;
        text = [];
        chars = 0;
    };
    for (const c of chunks) {
        if (typeof c === 'string') {
            text.push(c);
            chars += c.length;
            // A character is at most three bytes in UTF-8 (four for a pair of two UTF-16 units).
            if (bytes + chars >= size)
                flushText();
        }
        else {
            flushText();
            parts.push(Buffer.from(c.buffer, c.byteOffset, c.byteLength));
            bytes += c.byteLength;
        }
        if (bytes >= size) {
            yield parts.length === 1 ? parts[0] : Buffer.concat(parts, bytes);
            parts = [];
            bytes = 0;
        }
    }
    flushText();
    if (bytes > 0)
        yield parts.length === 1 ? parts[0] : Buffer.concat(parts, bytes);
}
async function writeAll(handle, bytes) {
    // A write may take only part of the bytes.
    for (let at = 0; at < bytes.length;)
        at += (await handle.write(bytes, at)).bytesWritten;
}

;// CONCATENATED MODULE: ./src/version.ts
// The tool's version; __tests__/version.test.ts keeps it equal to package.json's.
const VERSION = '0.1.0';

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
;// CONCATENATED MODULE: ./src/cli/args.ts
// Command-line arguments into typed options; usage errors are values, not exceptions.



const FORMATS = ['text', 'json', 'markdown', 'github', 'sarif'];
const AUDIENCES = ['single-tenant', 'multitenant', 'both'];
const USAGE = `Usage: copilot-publish-check [paths…] [options]

Checks agents and extensions for Microsoft 365 Copilot offline — Teams app packages (.zip or folder), Power
Platform connector folders and Copilot (Graph) connector definitions — and says where each can be published.
Paths may be files, folders or globs. Without paths, the usual places are searched (Agents Toolkit projects,
**/appPackage/build/*.zip …).

Options:
  --audience <single-tenant|multitenant|both>  routes to evaluate (default: the configuration's, else both)
  --format <text|json|markdown|github|sarif>    output format (default: text; sarif: SARIF 2.1.0 for code scanning)
  --output <file>                               write the output to a file instead of stdout
  --fail-on <error|warning|never>               exit 1 when a finding reaches this severity (default: the
                                                configuration's, else error)
  --previous <zip|folder>                       the package currently published: check the update against it
  --source <folder|manifest.json>               where the package was built from, for source lines
  --changed-since <git ref>                     check only the packages with a file changed since the ref (its merge
                                                base with HEAD): committed, uncommitted and new files
  --environment <name>                          Agents Toolkit projects (m365agents.yml, teamsapp.yml) are built
                                                as \`atk package --env <name>\` builds them, from env/.env.<name>
                                                and the environment (default: dev)
  --package-output <dir>                        write the zips built from toolkit projects under <dir> (the
                                                toolkit's own output path), to upload or publish
  --merge                                       the paths are JSON reports (--format json) of runs over parts of
                                                the packages, e.g. matrix jobs: print them as one report
  --config <file>                               configuration: rule severities, ignores with reasons, baseline
                                                (default: .github/copilot-publish-check.yml when present)
  --write-baseline <file>                       accept every current finding into this baseline file; set
                                                "baseline: <file>" in the configuration so later runs use it
  --fix                                         make the fixes findings carry in the repository's files (folder
                                                packages, and the sources a zip was built from; never a zip), then
                                                check again and report what is left
  --fix-dry-run                                 print the fixes as a unified diff (for git apply); change nothing
  --list-rules                                  print every rule as markdown and exit
  -h, --help                                    show this help
  -v, --version                                 show the version

Exit codes: 0 nothing at or above --fail-on; 1 something is; 2 usage error or a path that does not exist.`;
function parseCliArgs(argv) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({
            args: [...argv],
            allowPositionals: true,
            options: {
                audience: { type: 'string' },
                format: { type: 'string', default: 'text' },
                output: { type: 'string', short: 'o' },
                'fail-on': { type: 'string' },
                config: { type: 'string' },
                'write-baseline': { type: 'string' },
                'list-rules': { type: 'boolean', default: false },
                merge: { type: 'boolean', default: false },
                previous: { type: 'string' },
                source: { type: 'string' },
                'changed-since': { type: 'string' },
                environment: { type: 'string', default: engine/* DEFAULT_ENVIRONMENT */.Uz },
                'package-output': { type: 'string' },
                fix: { type: 'boolean', default: false },
                'fix-dry-run': { type: 'boolean', default: false },
                help: { type: 'boolean', short: 'h', default: false },
                version: { type: 'boolean', short: 'v', default: false },
            },
        });
    }
    catch (e) {
        return { ok: false, error: e instanceof Error ? e.message : String(e) };
    }
    const v = parsed.values;
    const audience = v.audience;
    if (audience !== undefined && !AUDIENCES.includes(audience))
        return { ok: false, error: `--audience must be one of ${AUDIENCES.join(', ')}; got "${v.audience}".` };
    const format = v.format;
    if (!FORMATS.includes(format))
        return { ok: false, error: `--format must be one of ${FORMATS.join(', ')}; got "${v.format}".` };
    if (v['changed-since'] !== undefined && v['changed-since'].trim() === '')
        return { ok: false, error: '--changed-since needs a git ref (a branch, tag or commit).' };
    const environment = v.environment.trim();
    if (!(0,engine/* isEnvironmentName */.tq)(environment))
        return { ok: false, error: `--environment must be an environment name (letters, digits, _ and -), as in env/.env.<name>; got "${v.environment}".` };
    if (v['package-output'] !== undefined && !v['package-output'].trim())
        return { ok: false, error: '--package-output needs a folder.' };
    if (v.fix && v['fix-dry-run'])
        return { ok: false, error: '--fix and --fix-dry-run exclude each other: --fix-dry-run shows what --fix would change.' };
    if ((v.fix || v['fix-dry-run']) && v.merge)
        return { ok: false, error: '--fix works on packages, not on merged reports; run it without --merge.' };
    if ((v.fix || v['fix-dry-run']) && v['write-baseline'] !== undefined)
        return { ok: false, error: '--fix and --write-baseline do not go together: fix first, then write the baseline of what is left.' };
    const failOn = v['fail-on'];
    if (failOn !== undefined && !fail_on/* FAIL_ON_VALUES */.Qm.includes(failOn))
        return { ok: false, error: `--fail-on must be one of ${fail_on/* FAIL_ON_VALUES */.Qm.join(', ')}; got "${v['fail-on']}".` };
    return {
        ok: true,
        options: {
            paths: parsed.positionals,
            audience,
            format,
            output: v.output,
            failOn,
            help: !!v.help,
            version: !!v.version,
            listRules: !!v['list-rules'],
            previous: v.previous,
            source: v.source,
            merge: !!v.merge,
            config: v.config,
            writeBaseline: v['write-baseline'],
            changedSince: v['changed-since'],
            environment,
            packageOutput: v['package-output']?.trim(),
            fix: !!v.fix,
            fixDryRun: !!v['fix-dry-run'],
        },
    };
}

;// CONCATENATED MODULE: ./src/cli/main.ts
// The CLI as a function of argv and a small I/O surface, so tests run it without a process.
















const EXIT_OK = 0;
const EXIT_FINDINGS = 1;
const EXIT_USAGE = 2;
async function runCli(argv, io) {
    const parsed = parseCliArgs(argv);
    if (!parsed.ok) {
        io.stderr(`copilot-publish-check: ${parsed.error}\n\n${USAGE}\n`);
        return EXIT_USAGE;
    }
    const o = parsed.options;
    if (o.help) {
        io.stdout(USAGE + '\n');
        return EXIT_OK;
    }
    if (o.version) {
        io.stdout(VERSION + '\n');
        return EXIT_OK;
    }
    if (o.listRules) {
        io.stdout(renderRulesMarkdown(await (0,engine/* loadAllRules */.HE)()));
        return EXIT_OK;
    }
    const request = { root: io.cwd, file: o.config, writeBaseline: o.writeBaseline };
    const loaded = await (0,config/* loadConfiguration */.vF)(request, { readFile: readIfExists });
    if (!loaded.ok) {
        for (const p of loaded.problems)
            io.stderr(`copilot-publish-check: ${(0,config/* formatProblem */.Vw)(p)}\n`);
        return EXIT_USAGE;
    }
    const settings = loaded.settings;
    // Options given on the command line win over the configuration file's defaults.
    const failOn = o.failOn ?? settings?.config?.failOn ?? 'error';
    const audience = o.audience ?? settings?.config?.audience ?? 'both';
    if (o.merge) {
        if (o.writeBaseline !== undefined) {
            io.stderr('copilot-publish-check: --write-baseline checks packages; run it without --merge.\n');
            return EXIT_USAGE;
        }
        // Matrix jobs each check a share of the packages; the last job merges their JSON reports (docs/monorepo.md).
        const merged = await mergeReportFiles(o.paths, io.cwd);
        if (!merged.ok) {
            io.stderr(`copilot-publish-check: ${merged.error}\n`);
            return EXIT_USAGE;
        }
        for (const w of merged.warnings)
            io.stderr(`copilot-publish-check: ${w}\n`);
        // The merged findings come from other processes: load their rules so annotations and SARIF can name them.
        await (0,engine/* loadRulesFor */.pR)(merged.report.packages.map((p) => p.kind));
        if (!(await written(() => output(merged.report, o.format, { failOn, problems: [], root: io.cwd, cwd: io.cwd }, o.output, io, cliOutputs(io.cwd)), io)))
            return EXIT_USAGE;
        return verdict(merged.report, failOn, io);
    }
    const named = o.paths.length > 0;
    const inputs = named ? o.paths : [...engine/* DEFAULT_PATTERNS */.sz];
    // Source paths, SARIF locations and changed files are all relative to the repository root, wherever the CLI runs.
    const root = await repositoryRoot({ cwd: io.cwd, workspace: io.workspace, source: o.source, paths: inputs });
    let select;
    let changes;
    if (o.changedSince !== undefined) {
        if (o.writeBaseline !== undefined) {
            io.stderr('copilot-publish-check: --write-baseline records every package; run it without --changed-since.\n');
            return EXIT_USAGE;
        }
        const files = await changedSince(root, o.changedSince).catch((e) => e);
        if (files instanceof Error) {
            io.stderr(`copilot-publish-check: --changed-since ${o.changedSince}: ${files.message} (run it inside a git repository, with a ref git knows).\n`);
            return EXIT_USAGE;
        }
        changes = { description: `changes since ${o.changedSince}, from git`, files: files.length };
        select = scopeSelector({ root, files, description: changes.description }, (paths) => trackedAmong(root, paths));
    }
    // The JSON report's packages are stringified as each is checked, while the others are (JsonPieces).
    let pieces;
    const check = () => {
        const ahead = o.format === 'json' ? new json/* JsonPieces */.EZ() : undefined;
        pieces = ahead;
        return (0,engine/* checkPaths */.nn)(inputs, {
            audience,
            toolVersion: VERSION,
            cwd: io.cwd,
            root,
            source: o.source,
            previous: o.previous,
            review: settings?.review,
            defaults: !named,
            select,
            environment: o.environment,
            processEnv: io.env,
            keepBuilt: o.packageOutput !== undefined,
            pool: io.pool && { ...io.pool, data: request },
            checked: ahead && ((p) => ahead.add(p)),
        });
    };
    let { report, missing, unselected, built } = await check();
    if (o.fix || o.fixDryRun) {
        const fixed = await fix(report, root, o.fixDryRun, io);
        if (o.fixDryRun) {
            if (!o.output)
                io.stdout(fixed.diff);
            else if (!(await written(() => writeOutput((0,external_node_path_.resolve)(io.cwd, o.output), fixed.diff, cliOutputs(root)), io)))
                return EXIT_USAGE;
            return verdict(report, failOn, io);
        }
        // What is left is what the run reports.
        if (fixed.changed) {
            ({ report, missing, unselected, built } = await check());
            io.stderr(`copilot-publish-check: checked again after fixing: ${(0,format/* countLine */.QK)(report.summary)} left.\n`);
        }
    }
    if (settings?.baselineStatus)
        report.baseline = settings.baselineStatus(report);
    if (changes)
        report.scope = { mode: 'changed', changes: changes.description, changedFiles: changes.files, outOfScope: unselected.length };
    for (const p of (await settings?.unknownRules()) ?? [])
        io.stderr(`copilot-publish-check: warning: ${(0,config/* formatProblem */.Vw)(p)}\n`);
    const problems = usageProblems(named, missing, report.packages.length + unselected.length);
    // Each output on its own: one refused (a symbolic link in the repository) is said, and the others are written.
    const outputs = cliOutputs(root);
    let refused = !(await written(() => output(report, o.format, { failOn, problems, root, cwd: io.cwd, pieces }, o.output, io, outputs), io));
    if (o.packageOutput !== undefined) {
        const out = await writeBuiltPackages(built ?? [], (0,external_node_path_.resolve)(io.cwd, o.packageOutput), root, outputs);
        for (const w of out.written)
            io.stderr(`copilot-publish-check: wrote ${w}\n`);
        for (const s of out.skipped)
            io.stderr(`copilot-publish-check: ${s}\n`);
    }
    for (const m of missing)
        io.stderr(`copilot-publish-check: nothing found at "${m}".\n`);
    if (report.skipped?.length)
        io.stderr(`copilot-publish-check: skipped ${report.skipped.length} path(s) that are not packages: ${report.skipped.map((s) => `${s.path} (${s.reason})`).join('; ')}.\n`);
    if (changes)
        io.stderr(`copilot-publish-check: ${report.packages.length} package(s) with a file changed since ${o.changedSince} checked, ${unselected.length} unchanged left out.\n`);
    if ((named && missing.length > 0) || (o.previous !== undefined && missing.includes(o.previous)))
        return EXIT_USAGE;
    if (report.packages.length + unselected.length === 0) {
        io.stderr(`copilot-publish-check: ${problems.join(' ')}\n`);
        return EXIT_USAGE;
    }
    // Only a run that checked every path it was given writes a baseline.
    if (!(await written(() => writeBaseline(settings, report, io, outputs), io)))
        refused = true;
    const code = verdict(report, failOn, io);
    return refused ? EXIT_USAGE : code;
}
/** Makes (or, for a dry run, shows) the fixes of a report, saying what was fixed and what cannot be. */
async function fix(report, root, dryRun, io) {
    // Loaded only for --fix and --fix-dry-run.
    const { fixMessages, planRepositoryFixes, unifiedDiff, writeFixes } = await __nccwpck_require__.e(/* import() */ 328).then(__nccwpck_require__.bind(__nccwpck_require__, 1328));
    const plan = await planRepositoryFixes(report, root);
    for (const m of fixMessages(plan, dryRun))
        io.stderr(`copilot-publish-check: ${m}\n`);
    if (dryRun)
        return { changed: false, diff: plan.files.map((f) => unifiedDiff(f.path, f.text, f.edits, f.bom)).join('') };
    await writeFixes(plan);
    return { changed: plan.files.length > 0, diff: '' };
}
/** What fails the run besides findings, for the markdown verdict: no package anywhere. */
function usageProblems(named, missing, found) {
    const problems = missing.map((m) => `Nothing found at "${m}".`);
    if (found === 0 && missing.length === 0) {
        problems.push(named
            ? 'No package found: give the path of a Teams app zip or folder, a connector folder or a Copilot (Graph) connector definition.'
            : `No package found in the usual places (searched ${engine/* DEFAULT_PATTERNS */.sz.join(', ')}). Give the path of a Teams app zip or folder, a connector folder or a Copilot (Graph) connector definition.`);
    }
    return problems;
}
/** Runs a write; an output refused by the policy is one message on stderr, and false. */
async function written(write, io) {
    try {
        await write();
        return true;
    }
    catch (e) {
        if (!(e instanceof OutputRefused))
            throw e;
        io.stderr(`copilot-publish-check: not written: ${e.message}.\n`);
        return false;
    }
}
async function writeBaseline(settings, report, io, outputs) {
    const baseline = settings?.newBaseline?.(report);
    if (!baseline)
        return;
    await writeOutput((0,external_node_path_.resolve)(io.cwd, baseline.path), baseline.text, outputs);
    const named = settings?.config?.baseline?.path === baseline.path;
    io.stderr(`copilot-publish-check: wrote ${baseline.count} finding${baseline.count === 1 ? '' : 's'} to ${baseline.path}; commit it` +
        (named ? '.\n' : ` and set "baseline: ${baseline.path}" in ${settings?.config?.file ?? config/* DEFAULT_CONFIG_FILE */.Cu}.\n`));
}
function verdict(report, failOn, io) {
    const reason = (0,fail_on/* failureReason */.Hr)(report, failOn);
    if (!reason)
        return EXIT_OK;
    io.stderr(`copilot-publish-check: ${reason}\n`);
    return EXIT_FINDINGS;
}
/** Writes the report in the chosen format to the file, or to stdout; JSON and SARIF in pieces (no giant string). */
async function output(report, format, ctx, file, io, outputs) {
    const chunks = await render(report, format, ctx);
    if (file)
        await writeChunks((0,external_node_path_.resolve)(io.cwd, file), chunks, outputs);
    else
        for (const block of blocks(chunks))
            io.stdout(block);
}
async function render(report, format, ctx) {
    switch (format) {
        case 'json':
            return (0,json/* renderJsonChunks */.rR)(report, ctx.pieces);
        case 'markdown': {
            const suppressed = suppressedNote(report);
            return [renderMarkdown(report, { notes: suppressed ? [suppressed] : [], verdict: { failOn: ctx.failOn, problems: ctx.problems } })];
        }
        case 'github':
            return [(0,annotations/* renderWorkflowCommands */.e5)(report)];
        case 'sarif':
            // Imported on demand: SARIF fingerprints load node:crypto.
            return (await __nccwpck_require__.e(/* import() */ 106).then(__nccwpck_require__.bind(__nccwpck_require__, 4106))).renderSarifChunks(report, { root: ctx.root, cwd: ctx.cwd });
        default:
            return [renderText(report)];
    }
}

;// CONCATENATED MODULE: ./src/cli/index.ts
// Entry point of the `copilot-publish-check` command; also the script of the engine's worker threads.





if ((0,engine/* isPoolWorker */.Xx)())
    (0,engine/* runPoolWorker */.wc)(poolWorkerSetup);
else
    main();
function main() {
    // Before any check runs; the worker threads started later share the process's flags.
    tuneTiering();
    // Output closed early (`copilot-publish-check --list-rules | head -1`): nothing more can be said, so stop quietly
    // with the code so far instead of crashing on the failed write.
    for (const stream of [process.stdout, process.stderr]) {
        stream.on('error', (e) => {
            if (e.code === 'EPIPE')
                process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
            throw e;
        });
    }
    runCli(process.argv.slice(2), {
        cwd: process.cwd(),
        workspace: process.env.GITHUB_WORKSPACE || undefined,
        stdout: (t) => process.stdout.write(t),
        stderr: (t) => process.stderr.write(t),
        env: process.env,
        // Many packages are checked on every core, each worker thread running this same file.
        pool: { workers: (0,external_node_os_namespaceObject.availableParallelism)(), script: new URL(import.meta.url) },
    }).then((code) => {
        process.exitCode = code;
    }, (e) => {
        process.stderr.write(`copilot-publish-check: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
        process.exitCode = 2;
    });
}

