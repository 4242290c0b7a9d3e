<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Vietnamese for the parts of Qt a clerk meets: the standard buttons of message boxes and dialogs,
     the editors' right-click menu, the date and number fields, the file dialog (Qt's own, as used
     on Linux), the print, print-preview and page-setup dialogs, and the paper sizes they list. Qt ships no
     Vietnamese translation of its own (qtbase_vi.qm does not exist). Source strings and contexts
     are Qt 6's; tests/gui/test_language.py checks each one is a string of Qt; tests/gui/test_qt_dialogs_vi.py
     that every string those dialogs ask for is here.
     Edited by hand; scripts/build-translations.sh compiles it to qt_vi.qm. -->
<TS version="2.1" language="vi_VN" sourcelanguage="en">
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Lưu</translation>
    </message>
    <message>
      <source>Save All</source>
      <translation>Lưu tất cả</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Mở</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>&amp;Có</translation>
    </message>
    <message>
      <source>Yes to &amp;All</source>
      <translation>Có với &amp;tất cả</translation>
    </message>
    <message>
      <source>&amp;No</source>
      <translation>&amp;Không</translation>
    </message>
    <message>
      <source>N&amp;o to All</source>
      <translation>K&amp;hông với tất cả</translation>
    </message>
    <message>
      <source>Abort</source>
      <translation>Hủy bỏ</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Thử lại</translation>
    </message>
    <message>
      <source>Ignore</source>
      <translation>Bỏ qua</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Đóng</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Bỏ thay đổi</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Trợ giúp</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Áp dụng</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Đặt lại</translation>
    </message>
    <message>
      <source>Restore Defaults</source>
      <translation>Khôi phục mặc định</translation>
    </message>
  </context>
  <context>
    <name>QDialogButtonBox</name>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Làm lại</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;Cắt</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Sao chép</translation>
    </message>
    <message>
      <source>Copy &amp;Link Location</source>
      <translation>Sao chép địa chỉ liên &amp;kết</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Dán</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Xóa</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Chọn tất cả</translation>
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Làm lại</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;Cắt</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Sao chép</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Dán</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Xóa</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Chọn tất cả</translation>
    </message>
  </context>
  <context>
    <name>QAbstractSpinBox</name>
    <message>
      <source>&amp;Select All</source>
      <translation>Chọ&amp;n tất cả</translation>
    </message>
    <message>
      <source>&amp;Step up</source>
      <translation>&amp;Tăng</translation>
    </message>
    <message>
      <source>Step &amp;down</source>
      <translation>&amp;Giảm</translation>
    </message>
  </context>
  <context>
    <name>QMessageBox</name>
    <message>
      <source>Show Details...</source>
      <translation>Xem chi tiết...</translation>
    </message>
    <message>
      <source>Hide Details...</source>
      <translation>Ẩn chi tiết...</translation>
    </message>
  </context>
  <context>
    <name>QInputDialog</name>
    <message>
      <source>Enter a value:</source>
      <translation>Nhập giá trị:</translation>
    </message>
  </context>
  <context>
    <name>QPrintPreviewDialog</name>
    <message>
      <source>Print Preview</source>
      <translation>Xem trước bản in</translation>
    </message>
    <message>
      <source>Next page</source>
      <translation>Trang sau</translation>
    </message>
    <message>
      <source>Previous page</source>
      <translation>Trang trước</translation>
    </message>
    <message>
      <source>First page</source>
      <translation>Trang đầu</translation>
    </message>
    <message>
      <source>Last page</source>
      <translation>Trang cuối</translation>
    </message>
    <message>
      <source>Fit width</source>
      <translation>Vừa chiều rộng</translation>
    </message>
    <message>
      <source>Fit page</source>
      <translation>Vừa trang</translation>
    </message>
    <message>
      <source>Zoom in</source>
      <translation>Phóng to</translation>
    </message>
    <message>
      <source>Zoom out</source>
      <translation>Thu nhỏ</translation>
    </message>
    <message>
      <source>Portrait</source>
      <translation>Khổ dọc</translation>
    </message>
    <message>
      <source>Landscape</source>
      <translation>Khổ ngang</translation>
    </message>
    <message>
      <source>Show single page</source>
      <translation>Xem từng trang</translation>
    </message>
    <message>
      <source>Show facing pages</source>
      <translation>Xem hai trang đối diện</translation>
    </message>
    <message>
      <source>Show overview of all pages</source>
      <translation>Xem tất cả các trang</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>In</translation>
    </message>
    <message>
      <source>Page setup</source>
      <translation>Thiết lập trang</translation>
    </message>
    <message>
      <source>Page Setup</source>
      <translation>Thiết lập trang</translation>
    </message>
    <message>
      <source>Export to PDF</source>
      <translation>Xuất PDF</translation>
    </message>
    <message>
      <source>%1%</source>
      <translation>%1%</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <source>&amp;Choose</source>
      <translation>&amp;Chọn</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Xóa</translation>
    </message>
    <message>
      <source>&amp;Look in:</source>
      <translation>&amp;Xem trong:</translation>
    </message>
    <message>
      <source>&amp;New Folder</source>
      <translation>Thư mục &amp;mới</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>&amp;Mở</translation>
    </message>
    <message>
      <source>&amp;Rename</source>
      <translation>Đổi &amp;tên</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Lưu</translation>
    </message>
    <message>
      <source>All Files (*)</source>
      <translation>Mọi tệp (*)</translation>
    </message>
    <message>
      <source>Alt+Left</source>
      <translation>Alt+Left</translation>
    </message>
    <message>
      <source>Alt+Right</source>
      <translation>Alt+Right</translation>
    </message>
    <message>
      <source>Alt+Up</source>
      <translation>Alt+Up</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Quay lại</translation>
    </message>
    <message>
      <source>Change to detail view mode</source>
      <translation>Xem dạng bảng chi tiết</translation>
    </message>
    <message>
      <source>Change to list view mode</source>
      <translation>Xem dạng danh sách</translation>
    </message>
    <message>
      <source>Create New Folder</source>
      <translation>Tạo thư mục mới</translation>
    </message>
    <message>
      <source>Create a New Folder</source>
      <translation>Tạo một thư mục mới</translation>
    </message>
    <message>
      <source>Detail View</source>
      <translation>Xem chi tiết</translation>
    </message>
    <message>
      <source>Directories</source>
      <translation>Thư mục</translation>
    </message>
    <message>
      <source>Directory:</source>
      <translation>Thư mục:</translation>
    </message>
    <message>
      <source>File &amp;name:</source>
      <translation>&amp;Tên tệp:</translation>
    </message>
    <message>
      <source>Files</source>
      <translation>Tệp</translation>
    </message>
    <message>
      <source>Files of &amp;type:</source>
      <translation>&amp;Kiểu tệp:</translation>
    </message>
    <message>
      <source>Forward</source>
      <translation>Tiến tới</translation>
    </message>
    <message>
      <source>Go back</source>
      <translation>Quay lại thư mục trước</translation>
    </message>
    <message>
      <source>Go forward</source>
      <translation>Tới thư mục sau</translation>
    </message>
    <message>
      <source>Go to the parent directory</source>
      <translation>Lên thư mục cha</translation>
    </message>
    <message>
      <source>List View</source>
      <translation>Xem danh sách</translation>
    </message>
    <message>
      <source>List of places and bookmarks</source>
      <translation>Danh sách nơi hay dùng và dấu trang</translation>
    </message>
    <message>
      <source>Parent Directory</source>
      <translation>Thư mục cha</translation>
    </message>
    <message>
      <source>Show </source>
      <translation>Hiện </translation>
    </message>
    <message>
      <source>Show &amp;hidden files</source>
      <translation>Hiện tệp &amp;ẩn</translation>
    </message>
    <message>
      <source>Sidebar</source>
      <translation>Thanh bên</translation>
    </message>
    <message>
      <source>%1 already exists.
Do you want to replace it?</source>
      <translation>Đã có tệp %1.
Thay tệp đó bằng tệp mới?</translation>
    </message>
    <message>
      <source>%1
File not found.
Please verify the correct file name was given.</source>
      <translation>%1
Không tìm thấy tệp.
Hãy kiểm tra lại tên tệp.</translation>
    </message>
    <message>
      <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
      <translation>%1
Không tìm thấy thư mục.
Hãy kiểm tra lại tên thư mục.</translation>
    </message>
    <message>
      <source>'%1' is write protected.
Do you want to delete it anyway?</source>
      <translation>“%1” đang được bảo vệ chống ghi.
Vẫn xóa?</translation>
    </message>
    <message>
      <source>Are you sure you want to delete '%1'?</source>
      <translation>Có chắc muốn xóa “%1”?</translation>
    </message>
    <message>
      <source>Could not delete directory.</source>
      <translation>Không xóa được thư mục.</translation>
    </message>
    <message>
      <source>New Folder</source>
      <translation>Thư mục mới</translation>
    </message>
    <message>
      <source>Recent Places</source>
      <translation>Nơi mở gần đây</translation>
    </message>
    <message>
      <source>Find Directory</source>
      <translation>Chọn thư mục</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Mở</translation>
    </message>
    <message>
      <source>Save As</source>
      <translation>Lưu thành</translation>
    </message>
  </context>
  <context>
    <name>QFileSystemModel</name>
    <message>
      <source>Computer</source>
      <translation>Máy tính</translation>
    </message>
    <message>
      <source>Date Modified</source>
      <translation>Ngày sửa</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Tên</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Cỡ</translation>
    </message>
    <message>
      <source>Type</source>
      <comment>All other platforms</comment>
      <translation>Loại</translation>
    </message>
    <message>
      <source>My Computer</source>
      <translation>Máy tính của tôi</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Loại</translation>
    </message>
  </context>
  <context>
    <name>QAbstractFileIconProvider</name>
    <message>
      <source>Drive</source>
      <translation>Ổ đĩa</translation>
    </message>
    <message>
      <source>Folder</source>
      <comment>All other platforms</comment>
      <translation>Thư mục</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Tệp</translation>
    </message>
    <message>
      <source>File Folder</source>
      <translation>Thư mục</translation>
    </message>
    <message>
      <source>Shortcut</source>
      <translation>Lối tắt</translation>
    </message>
    <message>
      <source>Alias</source>
      <translation>Bí danh</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Không rõ</translation>
    </message>
  </context>
  <context>
    <name>QPageSetupWidget</name>
    <message>
      <source>Cicero (CC)</source>
      <translation>Cicero (CC)</translation>
    </message>
    <message>
      <source>Custom</source>
      <translation>Tự đặt</translation>
    </message>
    <message>
      <source>Didot (DD)</source>
      <translation>Didot (DD)</translation>
    </message>
    <message>
      <source>Form</source>
      <translation>Biểu mẫu</translation>
    </message>
    <message>
      <source>Height:</source>
      <translation>Cao:</translation>
    </message>
    <message>
      <source>Inches (in)</source>
      <translation>Inch (in)</translation>
    </message>
    <message>
      <source>Landscape</source>
      <translation>Khổ ngang</translation>
    </message>
    <message>
      <source>Margins</source>
      <translation>Lề</translation>
    </message>
    <message>
      <source>Millimeters (mm)</source>
      <translation>Milimét (mm)</translation>
    </message>
    <message>
      <source>Orientation</source>
      <translation>Hướng giấy</translation>
    </message>
    <message>
      <source>Page &amp;order:</source>
      <translation>Thứ tự tr&amp;ang:</translation>
    </message>
    <message>
      <source>Page Layout</source>
      <translation>Bố cục trang</translation>
    </message>
    <message>
      <source>Page size:</source>
      <translation>Khổ giấy:</translation>
    </message>
    <message>
      <source>Pages &amp;per sheet:</source>
      <translation>Số trang &amp;mỗi tờ:</translation>
    </message>
    <message>
      <source>Paper</source>
      <translation>Giấy</translation>
    </message>
    <message>
      <source>Paper source:</source>
      <translation>Nguồn giấy:</translation>
    </message>
    <message>
      <source>Pica (P̸)</source>
      <translation>Pica (P̸)</translation>
    </message>
    <message>
      <source>Points (pt)</source>
      <translation>Điểm (pt)</translation>
    </message>
    <message>
      <source>Portrait</source>
      <translation>Khổ dọc</translation>
    </message>
    <message>
      <source>Reverse landscape</source>
      <translation>Khổ ngang ngược</translation>
    </message>
    <message>
      <source>Reverse portrait</source>
      <translation>Khổ dọc ngược</translation>
    </message>
    <message>
      <source>Width:</source>
      <translation>Rộng:</translation>
    </message>
    <message>
      <source>bottom margin</source>
      <translation>lề dưới</translation>
    </message>
    <message>
      <source>left margin</source>
      <translation>lề trái</translation>
    </message>
    <message>
      <source>mm</source>
      <translation>mm</translation>
    </message>
    <message>
      <source>right margin</source>
      <translation>lề phải</translation>
    </message>
    <message>
      <source>top margin</source>
      <translation>lề trên</translation>
    </message>
  </context>
  <context>
    <name>QPrintDialog</name>
    <message>
      <source>&amp;Options &gt;&gt;</source>
      <translation>Tùy &amp;chọn &gt;&gt;</translation>
    </message>
    <message>
      <source>&amp;Options &lt;&lt;</source>
      <translation>Tùy &amp;chọn &lt;&lt;</translation>
    </message>
    <message>
      <source>&amp;Print</source>
      <translation>&amp;In</translation>
    </message>
    <message>
      <source>1 (1x1)</source>
      <translation>1 (1x1)</translation>
    </message>
    <message>
      <source>16 (4x4)</source>
      <translation>16 (4x4)</translation>
    </message>
    <message>
      <source>2 (2x1)</source>
      <translation>2 (2x1)</translation>
    </message>
    <message>
      <source>4 (2x2)</source>
      <translation>4 (2x2)</translation>
    </message>
    <message>
      <source>6 (2x3)</source>
      <translation>6 (2x3)</translation>
    </message>
    <message>
      <source>9 (3x3)</source>
      <translation>9 (3x3)</translation>
    </message>
    <message>
      <source>All Pages</source>
      <translation>Mọi trang</translation>
    </message>
    <message>
      <source>Bottom to Top, Left to Right</source>
      <translation>Dưới lên trên, trái sang phải</translation>
    </message>
    <message>
      <source>Bottom to Top, Right to Left</source>
      <translation>Dưới lên trên, phải sang trái</translation>
    </message>
    <message>
      <source>Even Pages</source>
      <translation>Trang chẵn</translation>
    </message>
    <message>
      <source>Left to Right, Bottom to Top</source>
      <translation>Trái sang phải, dưới lên trên</translation>
    </message>
    <message>
      <source>Left to Right, Top to Bottom</source>
      <translation>Trái sang phải, trên xuống dưới</translation>
    </message>
    <message>
      <source>Local file</source>
      <translation>Tệp trên máy</translation>
    </message>
    <message>
      <source>Odd Pages</source>
      <translation>Trang lẻ</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>In</translation>
    </message>
    <message>
      <source>Print to File (PDF)</source>
      <translation>In ra tệp (PDF)</translation>
    </message>
    <message>
      <source>Right to Left, Bottom to Top</source>
      <translation>Phải sang trái, dưới lên trên</translation>
    </message>
    <message>
      <source>Right to Left, Top to Bottom</source>
      <translation>Phải sang trái, trên xuống dưới</translation>
    </message>
    <message>
      <source>Top to Bottom, Left to Right</source>
      <translation>Trên xuống dưới, trái sang phải</translation>
    </message>
    <message>
      <source>Top to Bottom, Right to Left</source>
      <translation>Trên xuống dưới, phải sang trái</translation>
    </message>
    <message>
      <source>Write PDF file</source>
      <translation>Ghi tệp PDF</translation>
    </message>
    <message>
      <source>Print To File ...</source>
      <translation>In ra tệp...</translation>
    </message>
    <message>
      <source>File %1 is not writable.
Please choose a different file name.</source>
      <translation>Không ghi được tệp %1.
Hãy chọn tên tệp khác.</translation>
    </message>
    <message>
      <source>%1 already exists.
Do you want to overwrite it?</source>
      <translation>Đã có tệp %1.
Ghi đè lên tệp đó?</translation>
    </message>
    <message>
      <source>The 'From' value cannot be greater than the 'To' value.</source>
      <translation>Số trang “Từ” không được lớn hơn số trang “đến”.</translation>
    </message>
    <message>
      <source>Invalid Pages Definition</source>
      <translation>Cách ghi trang không hợp lệ</translation>
    </message>
    <message>
      <source>%1 does not follow the correct syntax. Please use ',' to separate ranges and pages, '-' to define ranges and make sure ranges do not intersect with each other.</source>
      <translation>%1 viết chưa đúng. Hãy dùng dấu ',' để ngăn cách các trang và các khoảng trang, dấu '-' để ghi một khoảng, và các khoảng không được chồng lên nhau.</translation>
    </message>
    <message>
      <source>Duplex Settings Conflicts</source>
      <translation>Thiết lập in hai mặt mâu thuẫn</translation>
    </message>
    <message>
      <source>There are conflicts in duplex settings. Do you want to fix them?</source>
      <translation>Thiết lập in hai mặt mâu thuẫn nhau. Sửa lại?</translation>
    </message>
    <message>
      <source>Options 'Pages Per Sheet' and 'Page Set' cannot be used together.
Please turn one of those options off.</source>
      <translation>Không dùng được cùng lúc “Số trang mỗi tờ” và “Bộ trang”.
Hãy tắt một trong hai.</translation>
    </message>
  </context>
  <context>
    <name>QPrintSettingsOutput</name>
    <message>
      <source>Collate</source>
      <translation>Theo bộ</translation>
    </message>
    <message>
      <source>Color</source>
      <translation>Màu</translation>
    </message>
    <message>
      <source>Color Mode</source>
      <translation>Chế độ màu</translation>
    </message>
    <message>
      <source>Copies</source>
      <translation>Số bản</translation>
    </message>
    <message>
      <source>Copies:</source>
      <translation>Số bản:</translation>
    </message>
    <message>
      <source>Current Page</source>
      <translation>Trang hiện tại</translation>
    </message>
    <message>
      <source>Double Sided Printing</source>
      <translation>In hai mặt</translation>
    </message>
    <message>
      <source>Form</source>
      <translation>Biểu mẫu</translation>
    </message>
    <message>
      <source>Grayscale</source>
      <translation>Đen trắng</translation>
    </message>
    <message>
      <source>Long side binding</source>
      <translation>Lật theo cạnh dài</translation>
    </message>
    <message>
      <source>Off</source>
      <translation>Tắt</translation>
    </message>
    <message>
      <source>Options</source>
      <translation>Tùy chọn</translation>
    </message>
    <message>
      <source>Output Settings</source>
      <translation>Thiết lập bản in</translation>
    </message>
    <message>
      <source>Page &amp;Set:</source>
      <translation>&amp;Bộ trang:</translation>
    </message>
    <message>
      <source>Pages</source>
      <translation>Trang</translation>
    </message>
    <message>
      <source>Pages from</source>
      <translation>Các trang từ</translation>
    </message>
    <message>
      <source>Print all</source>
      <translation>In tất cả</translation>
    </message>
    <message>
      <source>Print range</source>
      <translation>Phạm vi in</translation>
    </message>
    <message>
      <source>Reverse</source>
      <translation>In ngược</translation>
    </message>
    <message>
      <source>Selection</source>
      <translation>Phần đang chọn</translation>
    </message>
    <message>
      <source>Short side binding</source>
      <translation>Lật theo cạnh ngắn</translation>
    </message>
    <message>
      <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
      <translation>Ghi các trang hay khoảng trang, ngăn cách bằng dấu phẩy; một khoảng là hai số nối bằng dấu gạch ngang. Ví dụ: 3,5-7,9 in các trang 3, 5, 6, 7 và 9.</translation>
    </message>
    <message>
      <source>to</source>
      <translation>đến</translation>
    </message>
  </context>
  <context>
    <name>QPrintWidget</name>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Tên:</translation>
    </message>
    <message>
      <source>...</source>
      <translation>...</translation>
    </message>
    <message>
      <source>Form</source>
      <translation>Biểu mẫu</translation>
    </message>
    <message>
      <source>Location:</source>
      <translation>Vị trí:</translation>
    </message>
    <message>
      <source>Output &amp;file:</source>
      <translation>Tệp &amp;xuất:</translation>
    </message>
    <message>
      <source>P&amp;roperties</source>
      <translation>Thuộc tín&amp;h</translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>Xem trước</translation>
    </message>
    <message>
      <source>Printer</source>
      <translation>Máy in</translation>
    </message>
    <message>
      <source>Type:</source>
      <translation>Loại:</translation>
    </message>
  </context>
  <context>
    <name>QPrintPropertiesDialog</name>
    <message>
      <source>Printer Properties</source>
      <translation>Thuộc tính máy in</translation>
    </message>
    <message>
      <source>Job Options</source>
      <translation>Tùy chọn lệnh in</translation>
    </message>
    <message>
      <source>Page Setup Conflicts</source>
      <translation>Thiết lập trang mâu thuẫn</translation>
    </message>
    <message>
      <source>There are conflicts in page setup options. Do you want to fix them?</source>
      <translation>Các tùy chọn thiết lập trang mâu thuẫn nhau. Sửa lại?</translation>
    </message>
  </context>
  <context>
    <name>QPrintPropertiesWidget</name>
    <message>
      <source>Form</source>
      <translation>Biểu mẫu</translation>
    </message>
    <message>
      <source>Page</source>
      <translation>Trang</translation>
    </message>
    <message>
      <source>Advanced</source>
      <translation>Nâng cao</translation>
    </message>
  </context>
  <context>
    <name>QCupsJobWidget</name>
    <message>
      <source>Job</source>
      <translation>Lệnh in</translation>
    </message>
    <message>
      <source>Job Control</source>
      <translation>Điều khiển lệnh in</translation>
    </message>
    <message>
      <source>Banner Pages</source>
      <translation>Trang bìa</translation>
    </message>
    <message>
      <source>Print Immediately</source>
      <translation>In ngay</translation>
    </message>
    <message>
      <source>Hold Indefinitely</source>
      <translation>Giữ lại, chưa in</translation>
    </message>
    <message>
      <source>Day (06:00 to 17:59)</source>
      <translation>Ban ngày (06:00 đến 17:59)</translation>
    </message>
    <message>
      <source>Night (18:00 to 05:59)</source>
      <translation>Ban đêm (18:00 đến 05:59)</translation>
    </message>
    <message>
      <source>Second Shift (16:00 to 23:59)</source>
      <translation>Ca hai (16:00 đến 23:59)</translation>
    </message>
    <message>
      <source>Third Shift (00:00 to 07:59)</source>
      <translation>Ca ba (00:00 đến 07:59)</translation>
    </message>
    <message>
      <source>Weekend (Saturday to Sunday)</source>
      <translation>Cuối tuần (thứ Bảy đến Chủ nhật)</translation>
    </message>
    <message>
      <source>Specific Time</source>
      <translation>Vào giờ định sẵn</translation>
    </message>
    <message>
      <source>None</source>
      <translation>Không</translation>
    </message>
    <message>
      <source>Standard</source>
      <translation>Chuẩn</translation>
    </message>
    <message>
      <source>Unclassified</source>
      <translation>Không mật</translation>
    </message>
    <message>
      <source>Confidential</source>
      <translation>Hạn chế</translation>
    </message>
    <message>
      <source>Classified</source>
      <translation>Mật</translation>
    </message>
    <message>
      <source>Secret</source>
      <translation>Tối mật</translation>
    </message>
    <message>
      <source>Top Secret</source>
      <translation>Tuyệt mật</translation>
    </message>
  </context>
  <context>
    <name>QTabBar</name>
    <message>
      <source>Scroll Left</source>
      <translation>Cuộn sang trái</translation>
    </message>
    <message>
      <source>Scroll Right</source>
      <translation>Cuộn sang phải</translation>
    </message>
  </context>
  <context>
    <name>QGuiApplication</name>
    <message>
      <source>QT_LAYOUT_DIRECTION</source>
      <comment>Translate this string to the string 'LTR' in left-to-right languages or to 'RTL' in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
      <translation>LTR</translation>
    </message>
  </context>
  <context>
    <name>QPageSize</name>
    <message>
      <source>%1 x %2 in</source>
      <translation>%1 x %2 in</translation>
    </message>
    <message>
      <source>A0</source>
      <translation>A0</translation>
    </message>
    <message>
      <source>A1</source>
      <translation>A1</translation>
    </message>
    <message>
      <source>A10</source>
      <translation>A10</translation>
    </message>
    <message>
      <source>A2</source>
      <translation>A2</translation>
    </message>
    <message>
      <source>A3</source>
      <translation>A3</translation>
    </message>
    <message>
      <source>A3 Extra</source>
      <translation>A3 Extra</translation>
    </message>
    <message>
      <source>A4</source>
      <translation>A4</translation>
    </message>
    <message>
      <source>A4 Extra</source>
      <translation>A4 Extra</translation>
    </message>
    <message>
      <source>A4 Plus</source>
      <translation>A4 Plus</translation>
    </message>
    <message>
      <source>A4 Small</source>
      <translation>A4 Small</translation>
    </message>
    <message>
      <source>A5</source>
      <translation>A5</translation>
    </message>
    <message>
      <source>A5 Extra</source>
      <translation>A5 Extra</translation>
    </message>
    <message>
      <source>A6</source>
      <translation>A6</translation>
    </message>
    <message>
      <source>A7</source>
      <translation>A7</translation>
    </message>
    <message>
      <source>A8</source>
      <translation>A8</translation>
    </message>
    <message>
      <source>A9</source>
      <translation>A9</translation>
    </message>
    <message>
      <source>ANSI C</source>
      <translation>ANSI C</translation>
    </message>
    <message>
      <source>ANSI D</source>
      <translation>ANSI D</translation>
    </message>
    <message>
      <source>ANSI E</source>
      <translation>ANSI E</translation>
    </message>
    <message>
      <source>Architect A</source>
      <translation>Architect A</translation>
    </message>
    <message>
      <source>Architect B</source>
      <translation>Architect B</translation>
    </message>
    <message>
      <source>Architect C</source>
      <translation>Architect C</translation>
    </message>
    <message>
      <source>Architect D</source>
      <translation>Architect D</translation>
    </message>
    <message>
      <source>Architect E</source>
      <translation>Architect E</translation>
    </message>
    <message>
      <source>B0</source>
      <translation>B0</translation>
    </message>
    <message>
      <source>B1</source>
      <translation>B1</translation>
    </message>
    <message>
      <source>B10</source>
      <translation>B10</translation>
    </message>
    <message>
      <source>B2</source>
      <translation>B2</translation>
    </message>
    <message>
      <source>B3</source>
      <translation>B3</translation>
    </message>
    <message>
      <source>B4</source>
      <translation>B4</translation>
    </message>
    <message>
      <source>B5</source>
      <translation>B5</translation>
    </message>
    <message>
      <source>B5 Extra</source>
      <translation>B5 Extra</translation>
    </message>
    <message>
      <source>B6</source>
      <translation>B6</translation>
    </message>
    <message>
      <source>B7</source>
      <translation>B7</translation>
    </message>
    <message>
      <source>B8</source>
      <translation>B8</translation>
    </message>
    <message>
      <source>B9</source>
      <translation>B9</translation>
    </message>
    <message>
      <source>Double Postcard</source>
      <translation>Bưu thiếp đôi</translation>
    </message>
    <message>
      <source>Envelope B4</source>
      <translation>Phong bì B4</translation>
    </message>
    <message>
      <source>Envelope B5</source>
      <translation>Phong bì B5</translation>
    </message>
    <message>
      <source>Envelope B6</source>
      <translation>Phong bì B6</translation>
    </message>
    <message>
      <source>Envelope C0</source>
      <translation>Phong bì C0</translation>
    </message>
    <message>
      <source>Envelope C1</source>
      <translation>Phong bì C1</translation>
    </message>
    <message>
      <source>Envelope C2</source>
      <translation>Phong bì C2</translation>
    </message>
    <message>
      <source>Envelope C3</source>
      <translation>Phong bì C3</translation>
    </message>
    <message>
      <source>Envelope C4</source>
      <translation>Phong bì C4</translation>
    </message>
    <message>
      <source>Envelope C5</source>
      <translation>Phong bì C5</translation>
    </message>
    <message>
      <source>Envelope C6</source>
      <translation>Phong bì C6</translation>
    </message>
    <message>
      <source>Envelope C65</source>
      <translation>Phong bì C65</translation>
    </message>
    <message>
      <source>Envelope C7</source>
      <translation>Phong bì C7</translation>
    </message>
    <message>
      <source>Envelope Chou 3</source>
      <translation>Phong bì Chou 3</translation>
    </message>
    <message>
      <source>Envelope Chou 4</source>
      <translation>Phong bì Chou 4</translation>
    </message>
    <message>
      <source>Envelope DL</source>
      <translation>Phong bì DL</translation>
    </message>
    <message>
      <source>Envelope Invite</source>
      <translation>Phong bì Invite</translation>
    </message>
    <message>
      <source>Envelope Italian</source>
      <translation>Phong bì Italian</translation>
    </message>
    <message>
      <source>Envelope Kaku 2</source>
      <translation>Phong bì Kaku 2</translation>
    </message>
    <message>
      <source>Envelope Kaku 3</source>
      <translation>Phong bì Kaku 3</translation>
    </message>
    <message>
      <source>Envelope Monarch</source>
      <translation>Phong bì Monarch</translation>
    </message>
    <message>
      <source>Envelope PRC 1</source>
      <translation>Phong bì PRC 1</translation>
    </message>
    <message>
      <source>Envelope PRC 10</source>
      <translation>Phong bì PRC 10</translation>
    </message>
    <message>
      <source>Envelope PRC 2</source>
      <translation>Phong bì PRC 2</translation>
    </message>
    <message>
      <source>Envelope PRC 3</source>
      <translation>Phong bì PRC 3</translation>
    </message>
    <message>
      <source>Envelope PRC 4</source>
      <translation>Phong bì PRC 4</translation>
    </message>
    <message>
      <source>Envelope PRC 5</source>
      <translation>Phong bì PRC 5</translation>
    </message>
    <message>
      <source>Envelope PRC 6</source>
      <translation>Phong bì PRC 6</translation>
    </message>
    <message>
      <source>Envelope PRC 7</source>
      <translation>Phong bì PRC 7</translation>
    </message>
    <message>
      <source>Envelope PRC 8</source>
      <translation>Phong bì PRC 8</translation>
    </message>
    <message>
      <source>Envelope PRC 9</source>
      <translation>Phong bì PRC 9</translation>
    </message>
    <message>
      <source>Envelope Personal</source>
      <translation>Phong bì Personal</translation>
    </message>
    <message>
      <source>Envelope US 10</source>
      <translation>Phong bì US 10</translation>
    </message>
    <message>
      <source>Envelope US 11</source>
      <translation>Phong bì US 11</translation>
    </message>
    <message>
      <source>Envelope US 12</source>
      <translation>Phong bì US 12</translation>
    </message>
    <message>
      <source>Envelope US 14</source>
      <translation>Phong bì US 14</translation>
    </message>
    <message>
      <source>Envelope US 9</source>
      <translation>Phong bì US 9</translation>
    </message>
    <message>
      <source>Executive (7.25 x 10.5 in)</source>
      <translation>Executive (7.25 x 10.5 in)</translation>
    </message>
    <message>
      <source>Executive (7.5 x 10 in)</source>
      <translation>Executive (7.5 x 10 in)</translation>
    </message>
    <message>
      <source>Fan-fold German (8.5 x 12 in)</source>
      <translation>Fan-fold German (8.5 x 12 in)</translation>
    </message>
    <message>
      <source>Fan-fold German Legal (8.5 x 13 in)</source>
      <translation>Fan-fold German Legal (8.5 x 13 in)</translation>
    </message>
    <message>
      <source>Fan-fold US (14.875 x 11 in)</source>
      <translation>Fan-fold US (14.875 x 11 in)</translation>
    </message>
    <message>
      <source>Folio (8.27 x 13 in)</source>
      <translation>Folio (8.27 x 13 in)</translation>
    </message>
    <message>
      <source>JIS B0</source>
      <translation>JIS B0</translation>
    </message>
    <message>
      <source>JIS B1</source>
      <translation>JIS B1</translation>
    </message>
    <message>
      <source>JIS B10</source>
      <translation>JIS B10</translation>
    </message>
    <message>
      <source>JIS B2</source>
      <translation>JIS B2</translation>
    </message>
    <message>
      <source>JIS B3</source>
      <translation>JIS B3</translation>
    </message>
    <message>
      <source>JIS B4</source>
      <translation>JIS B4</translation>
    </message>
    <message>
      <source>JIS B5</source>
      <translation>JIS B5</translation>
    </message>
    <message>
      <source>JIS B6</source>
      <translation>JIS B6</translation>
    </message>
    <message>
      <source>JIS B7</source>
      <translation>JIS B7</translation>
    </message>
    <message>
      <source>JIS B8</source>
      <translation>JIS B8</translation>
    </message>
    <message>
      <source>JIS B9</source>
      <translation>JIS B9</translation>
    </message>
    <message>
      <source>Ledger / ANSI B</source>
      <translation>Ledger / ANSI B</translation>
    </message>
    <message>
      <source>Legal</source>
      <translation>Legal</translation>
    </message>
    <message>
      <source>Legal Extra</source>
      <translation>Legal Extra</translation>
    </message>
    <message>
      <source>Letter / ANSI A</source>
      <translation>Letter / ANSI A</translation>
    </message>
    <message>
      <source>Letter Extra</source>
      <translation>Letter Extra</translation>
    </message>
    <message>
      <source>Letter Plus</source>
      <translation>Letter Plus</translation>
    </message>
    <message>
      <source>Letter Small</source>
      <translation>Letter Small</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>PRC 16K</source>
      <translation>PRC 16K</translation>
    </message>
    <message>
      <source>PRC 32K</source>
      <translation>PRC 32K</translation>
    </message>
    <message>
      <source>PRC 32K Big</source>
      <translation>PRC 32K Big</translation>
    </message>
    <message>
      <source>Postcard</source>
      <translation>Bưu thiếp</translation>
    </message>
    <message>
      <source>Quarto</source>
      <translation>Quarto</translation>
    </message>
    <message>
      <source>Statement</source>
      <translation>Statement</translation>
    </message>
    <message>
      <source>Super A</source>
      <translation>Super A</translation>
    </message>
    <message>
      <source>Super B</source>
      <translation>Super B</translation>
    </message>
    <message>
      <source>Tabloid / ANSI B</source>
      <translation>Tabloid / ANSI B</translation>
    </message>
    <message>
      <source>Tabloid Extra</source>
      <translation>Tabloid Extra</translation>
    </message>
  </context>
</TS>
