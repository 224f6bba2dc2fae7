# int.from_bytes / to_bytes round trips
print(int.from_bytes(b'\x04\x00', 'big'), int.from_bytes(b'\x00\x04', 'little'), int.from_bytes(b'\xff\xff', 'big', signed=True))
print(int.from_bytes(b'\x01' * 20, 'big'), int.from_bytes([1, 2, 3], 'little'), int.from_bytes(b'', 'big'), int.from_bytes(b'\x80' + b'\x00' * 9, 'big', signed=True))
print((12345678901234567890).to_bytes(10, 'little'), int.from_bytes((-(2**70)).to_bytes(12, 'big', signed=True), 'big', signed=True))
